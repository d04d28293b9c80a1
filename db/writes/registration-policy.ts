import { eq, lt } from "drizzle-orm";
import { db } from "@/db";
import { oauthRegistrationPolicy } from "@/db/schema";

/** How long a policy may wait for its client row (a failed or crashed registration leaves one). */
const PENDING_TTL_MS = 10 * 60_000;

/**
 * Stores a dynamic registration's policy before the plugin writes the client row; the row's own
 * INSERT applies it (trigger `oauth_client_apply_registration_policy`, docs/library-facts.md#fact-73).
 */
export async function storeRegistrationPolicy(policy: typeof oauthRegistrationPolicy.$inferInsert) {
  await db
    .delete(oauthRegistrationPolicy)
    .where(lt(oauthRegistrationPolicy.createdAt, new Date(Date.now() - PENDING_TTL_MS)));
  await db.insert(oauthRegistrationPolicy).values(policy);
}

/** Drops the policy of a registration the plugin refused (its client row was never written). */
export async function dropRegistrationPolicy(clientId: string) {
  await db.delete(oauthRegistrationPolicy).where(eq(oauthRegistrationPolicy.clientId, clientId));
}
