import { and, arrayContains, count, desc, eq, ilike, type SQL } from "drizzle-orm";
import { db } from "@/db";
import { containing, within } from "./filters";
import { pageOf } from "./page";
import { oauthClient, oauthConsent, organization, user } from "@/db/schema";

export type ConsentFilter = {
  userId?: string;
  /** Part of the user's email address. */
  email?: string;
  clientId?: string;
  scope?: string;
  from?: Date;
  to?: Date;
};

export type ConsentRow = {
  id: string;
  userId: string | null;
  userEmail: string | null;
  clientId: string;
  clientName: string | null;
  organizationName: string | null;
  scopes: string[];
  createdAt: Date | null;
  updatedAt: Date | null;
};

function where(filter: ConsentFilter) {
  const conditions: (SQL | undefined)[] = [
    filter.userId ? eq(oauthConsent.userId, filter.userId) : undefined,
    filter.email ? ilike(user.email, containing(filter.email)) : undefined,
    filter.clientId ? eq(oauthConsent.clientId, filter.clientId) : undefined,
    filter.scope ? arrayContains(oauthConsent.scopes, [filter.scope]) : undefined,
    ...within(oauthConsent.createdAt, filter.from, filter.to),
  ];
  return and(...conditions);
}

/**
 * Consents across every user and client (the plugin lists only the caller's own), with the
 * user's email, the client's name and, when the consent is keyed by an organization, its name.
 */
export async function listConsents(
  filter: ConsentFilter,
  page: number,
  pageSize: number,
): Promise<{ rows: ConsentRow[]; total: number }> {
  const condition = where(filter);
  const base = () =>
    db
      .select({
        id: oauthConsent.id,
        userId: oauthConsent.userId,
        userEmail: user.email,
        clientId: oauthConsent.clientId,
        clientName: oauthClient.name,
        organizationName: organization.name,
        scopes: oauthConsent.scopes,
        createdAt: oauthConsent.createdAt,
        updatedAt: oauthConsent.updatedAt,
      })
      .from(oauthConsent)
      .leftJoin(user, eq(oauthConsent.userId, user.id))
      .leftJoin(oauthClient, eq(oauthConsent.clientId, oauthClient.clientId))
      .leftJoin(organization, eq(oauthConsent.referenceId, organization.id));
  const consents = base()
    .where(condition)
    .orderBy(desc(oauthConsent.createdAt), desc(oauthConsent.id));
  const counted = db
    .select({ total: count() })
    .from(oauthConsent)
    .leftJoin(user, eq(oauthConsent.userId, user.id))
    .where(condition);
  return pageOf(consents.$dynamic(), counted, page, pageSize);
}

/** The name of a client, for audit labels. */
export async function findClientName(clientId: string): Promise<string | null | undefined> {
  const [row] = await db
    .select({ name: oauthClient.name })
    .from(oauthClient)
    .where(eq(oauthClient.clientId, clientId))
    .limit(1);
  return row ? row.name : undefined;
}
