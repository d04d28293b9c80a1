import { count, gt } from "drizzle-orm";
import { db } from "@/db";
import { totalOf } from "./count";
import { oauthClient, oauthConsent, session, user } from "@/db/schema";
import { countAuditEventsSince } from "./audit";

export type OverviewCounts = {
  users: number;
  clients: number;
  activeSessions: number;
  consents: number;
  signIns24h: number;
};

/** The platform-wide numbers of the console's overview. */
export async function overviewCounts(): Promise<OverviewCounts> {
  const now = new Date();
  const [users, clients, activeSessions, consents, signIns24h] = await Promise.all([
    db.select({ total: count() }).from(user).then(totalOf),
    db.select({ total: count() }).from(oauthClient).then(totalOf),
    db.select({ total: count() }).from(session).where(gt(session.expiresAt, now)).then(totalOf),
    db.select({ total: count() }).from(oauthConsent).then(totalOf),
    countAuditEventsSince("user.sign_in", new Date(now.getTime() - 86_400_000)),
  ]);
  return { users, clients, activeSessions, consents, signIns24h };
}
