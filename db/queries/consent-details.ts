import { eq, inArray } from "drizzle-orm";
import { db } from "@/db";
import { oauthClient, oauthResource } from "@/db/schema";
import { PLATFORM_REFERENCE, REGISTRATION_SOURCE, parseMetadata } from "@/lib/oauth/registration";

/**
 * Whether the consent page may present a client as vouched for by the operator.
 *
 * Rule: a client is *verified* when an admin created it (the console; it carries the platform
 * owner reference). A client that registered itself through RFC 7591 dynamic registration
 * (with the initial access token, or a signed-in user where allowed) chose its own name and
 * logo, so it is *unverified*: the register after-hook marks it (lib/oauth/registration.ts),
 * and any client without the platform owner reference counts as unverified too. The plugin's
 * public-client endpoint exposes neither, hence this read (no secrets selected).
 */
export async function isVerifiedClient(clientId: string): Promise<boolean> {
  const [row] = await db
    .select({ referenceId: oauthClient.referenceId, metadata: oauthClient.metadata })
    .from(oauthClient)
    .where(eq(oauthClient.clientId, clientId))
    .limit(1);
  if (!row || row.referenceId !== PLATFORM_REFERENCE) return false;
  return parseMetadata(row.metadata)[REGISTRATION_SOURCE] !== "dynamic";
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
