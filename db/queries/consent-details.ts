import { eq, inArray } from "drizzle-orm";
import { db } from "@/db";
import { oauthClient, oauthResource } from "@/db/schema";

/** Who registered a client: its owner reference and stored metadata (no secrets). */
export async function findClientProvenance(clientId: string) {
  const [row] = await db
    .select({ referenceId: oauthClient.referenceId, metadata: oauthClient.metadata })
    .from(oauthClient)
    .where(eq(oauthClient.clientId, clientId))
    .limit(1);
  return row;
}

/** Display names of protected resources (APIs) by identifier; unknown ones are left out. */
export async function resourceNames(identifiers: string[]): Promise<Map<string, string>> {
  if (identifiers.length === 0) return new Map();
  const rows = await db
    .select({ identifier: oauthResource.identifier, name: oauthResource.name })
    .from(oauthResource)
    .where(inArray(oauthResource.identifier, identifiers));
  return new Map(rows.map((r) => [r.identifier, r.name]));
}
