import { and, eq } from "drizzle-orm";
import { db } from "@/db";
import { oauthAccessToken, oauthConsent, oauthRefreshToken } from "@/db/schema";

/**
 * Withdraws a user's grant to a client: their consents to it (every organization) and every
 * access and refresh token the client holds for them, in one transaction.
 *
 * Plugin gap: `/oauth2/delete-consent` removes the consent row only (the client's tokens stay
 * valid) and exists only for the consenting user, not for admins. Returns how many consents
 * were removed, 0 when there was nothing to revoke.
 */
export async function revokeClientAccess(userId: string, clientId: string): Promise<number> {
  return db.transaction(async (tx) => {
    const forUser = <
      T extends typeof oauthConsent | typeof oauthAccessToken | typeof oauthRefreshToken,
    >(
      table: T,
    ) => and(eq(table.userId, userId), eq(table.clientId, clientId));
    await tx.delete(oauthAccessToken).where(forUser(oauthAccessToken));
    await tx.delete(oauthRefreshToken).where(forUser(oauthRefreshToken));
    const removed = await tx
      .delete(oauthConsent)
      .where(forUser(oauthConsent))
      .returning({ id: oauthConsent.id });
    return removed.length;
  });
}

/**
 * Ends every client's access for a banned user: all their access and refresh tokens go, their
 * consents stay (an unbanned user need not consent again). Plugin gap: the admin plugin's ban
 * deletes sessions only, and the provider keeps honouring refresh tokens of a banned user.
 */
export async function revokeUserTokens(userId: string): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.delete(oauthAccessToken).where(eq(oauthAccessToken.userId, userId));
    await tx.delete(oauthRefreshToken).where(eq(oauthRefreshToken.userId, userId));
  });
}
