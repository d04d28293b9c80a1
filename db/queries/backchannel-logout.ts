import { and, eq, inArray, isNotNull, isNull, not, or } from "drizzle-orm";
import { db } from "@/db";
import { oauthAccessToken, oauthClient, oauthRefreshToken } from "@/db/schema";

export type SessionLogoutPlan = {
  /** Live access tokens bound to the session. */
  accessTokenIds: string[];
  /** Live refresh tokens bound to the session without `offline_access` (OIDC BCL §2.7). */
  refreshTokenIds: string[];
  /** Clients with a back-channel logout URI that hold a token of the session. */
  clients: {
    clientId: string;
    uri: string;
    subjectType: string | null;
    redirectUris: string[] | null;
  }[];
};

/**
 * What ending a session means for the OAuth side, read before the session row goes (its
 * tokens' `session_id` is cleared with it): the tokens to revoke and the clients to notify.
 * Mirrors the provider's own plan (docs/library-facts.md#fact-75).
 */
export async function sessionLogoutPlan(sessionId: string): Promise<SessionLogoutPlan | null> {
  const [access, refresh] = await Promise.all([
    db
      .select({
        id: oauthAccessToken.id,
        clientId: oauthAccessToken.clientId,
        revoked: oauthAccessToken.revoked,
      })
      .from(oauthAccessToken)
      .where(eq(oauthAccessToken.sessionId, sessionId)),
    db
      .select({
        id: oauthRefreshToken.id,
        clientId: oauthRefreshToken.clientId,
        revoked: oauthRefreshToken.revoked,
        scopes: oauthRefreshToken.scopes,
      })
      .from(oauthRefreshToken)
      .where(eq(oauthRefreshToken.sessionId, sessionId)),
  ]);
  const clientIds = [...new Set([...access, ...refresh].map((t) => t.clientId))];
  if (clientIds.length === 0) return null;
  const clients = await db
    .select({
      clientId: oauthClient.clientId,
      uri: oauthClient.backchannelLogoutUri,
      subjectType: oauthClient.subjectType,
      redirectUris: oauthClient.redirectUris,
    })
    .from(oauthClient)
    .where(
      and(
        inArray(oauthClient.clientId, clientIds),
        isNotNull(oauthClient.backchannelLogoutUri),
        or(isNull(oauthClient.disabled), not(oauthClient.disabled)),
      ),
    );
  return {
    accessTokenIds: access.filter((t) => !t.revoked).map((t) => t.id),
    refreshTokenIds: refresh
      .filter((t) => !t.revoked && !t.scopes?.includes("offline_access"))
      .map((t) => t.id),
    clients: clients.flatMap((c) => (c.uri ? [{ ...c, uri: c.uri }] : [])),
  };
}
