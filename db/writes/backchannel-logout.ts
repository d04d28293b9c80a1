import { inArray } from "drizzle-orm";
import { db } from "@/db";
import { oauthAccessToken, oauthRefreshToken } from "@/db/schema";
import type { SessionLogoutPlan } from "@/db/queries/backchannel-logout";

/** Revokes the plan's tokens (the session has ended). */
export async function revokeSessionTokens(plan: SessionLogoutPlan, at = new Date()) {
  const revoke = (table: typeof oauthAccessToken | typeof oauthRefreshToken, ids: string[]) =>
    ids.length ? db.update(table).set({ revoked: at }).where(inArray(table.id, ids)) : null;
  await Promise.all([
    revoke(oauthAccessToken, plan.accessTokenIds),
    revoke(oauthRefreshToken, plan.refreshTokenIds),
  ]);
}
