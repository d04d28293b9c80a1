import { eq, inArray } from "drizzle-orm";
import { db } from "@/db";
import { oauthClient, oauthResource } from "@/db/schema";
import { PLATFORM_REFERENCE } from "@/lib/oauth/registration";

/**
 * Whether the consent page may present a client as vouched for by the operator.
 *
 * Rule: a client is *verified* when it carries the platform owner reference, which only an
 * admin (console / `clientReference`) or a holder of the operator's initial access token
 * (`validateInitialAccessToken`) can give it. Anything else was registered by an ordinary
 * signed-in user through dynamic registration and is shown as *unverified*. The plugin's
 * public-client endpoint does not expose the owner, hence this read (no secrets selected).
 */
export async function isVerifiedClient(clientId: string): Promise<boolean> {
  const [row] = await db
    .select({ referenceId: oauthClient.referenceId })
    .from(oauthClient)
    .where(eq(oauthClient.clientId, clientId))
    .limit(1);
  return row?.referenceId === PLATFORM_REFERENCE;
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
