import { and, desc, eq } from "drizzle-orm";
import { db } from "@/db";
import { oauthClient, oauthConsent, organization } from "@/db/schema";

export type ConnectedApp = {
  consentId: string;
  clientId: string;
  name: string | null;
  icon: string | null;
  uri: string | null;
  scopes: string[];
  organizationName: string | null;
  grantedAt: Date | null;
};

/**
 * The apps a user has consented to, newest first, one row per consent (a client consented for
 * two organizations appears twice). Explicit columns: never the client secret.
 */
export async function listConnectedApps(userId: string): Promise<ConnectedApp[]> {
  return db
    .select({
      consentId: oauthConsent.id,
      clientId: oauthConsent.clientId,
      name: oauthClient.name,
      icon: oauthClient.icon,
      uri: oauthClient.uri,
      scopes: oauthConsent.scopes,
      organizationName: organization.name,
      grantedAt: oauthConsent.updatedAt,
    })
    .from(oauthConsent)
    .innerJoin(oauthClient, eq(oauthConsent.clientId, oauthClient.clientId))
    .leftJoin(organization, eq(oauthConsent.referenceId, organization.id))
    .where(eq(oauthConsent.userId, userId))
    .orderBy(desc(oauthConsent.updatedAt));
}

/** The display name of a client the user consented to, or undefined when there is no consent. */
export async function findConsentedClientName(userId: string, clientId: string) {
  const [row] = await db
    .select({ name: oauthClient.name })
    .from(oauthConsent)
    .innerJoin(oauthClient, eq(oauthConsent.clientId, oauthClient.clientId))
    .where(and(eq(oauthConsent.userId, userId), eq(oauthConsent.clientId, clientId)))
    .limit(1);
  return row ? (row.name ?? clientId) : undefined;
}
