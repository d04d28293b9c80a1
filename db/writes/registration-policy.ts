import { eq, lt } from "drizzle-orm";
import { db } from "@/db";
import { oauthRegistrationPolicy, oauthRegistrationResourceServer } from "@/db/schema";

/** How long a policy may wait for its client row (a failed or crashed registration leaves one). */
const PENDING_TTL_MS = 10 * 60_000;

/**
 * Stores a dynamic registration's policy (and the resources it is the resource server of) before
 * the plugin writes the client row; the row's own INSERT applies them (triggers
 * `oauth_client_apply_registration_policy` and `oauth_client_*_resource_servers`,
 * docs/library-facts.md#fact-73 and #fact-112).
 */
export async function storeRegistrationPolicy(
  policy: typeof oauthRegistrationPolicy.$inferInsert,
  resourceServerFor: readonly string[] = [],
) {
  const stale = new Date(Date.now() - PENDING_TTL_MS);
  await db.delete(oauthRegistrationPolicy).where(lt(oauthRegistrationPolicy.createdAt, stale));
  await db
    .delete(oauthRegistrationResourceServer)
    .where(lt(oauthRegistrationResourceServer.createdAt, stale));
  await db.insert(oauthRegistrationPolicy).values(policy);
  if (resourceServerFor.length === 0) return;
  await db
    .insert(oauthRegistrationResourceServer)
    .values(resourceServerFor.map((resourceId) => ({ clientId: policy.clientId, resourceId })));
}

/** Drops the policy of a registration the plugin refused (its client row was never written). */
export async function dropRegistrationPolicy(clientId: string) {
  await db.delete(oauthRegistrationPolicy).where(eq(oauthRegistrationPolicy.clientId, clientId));
  await db
    .delete(oauthRegistrationResourceServer)
    .where(eq(oauthRegistrationResourceServer.clientId, clientId));
}
