import { and, asc, count, desc, eq, ilike, or, sql } from "drizzle-orm";
import { db } from "@/db";
import { listLinked } from "./linked";
import { exists } from "./exists";
import { containing } from "./filters";
import { pageOf } from "./page";
import {
  oauthAccessToken,
  oauthClient,
  oauthClientResource,
  oauthRefreshToken,
  oauthResource,
  user,
} from "@/db/schema";

export const CLIENTS_PAGE_SIZE = 20;

// Never client_secret: pages get these columns only.
const listColumns = {
  clientId: oauthClient.clientId,
  name: oauthClient.name,
  disabled: oauthClient.disabled,
  applicationType: oauthClient.applicationType,
  tokenEndpointAuthMethod: oauthClient.tokenEndpointAuthMethod,
  grantTypes: oauthClient.grantTypes,
  referenceId: oauthClient.referenceId,
  clientDiscoveryId: oauthClient.clientDiscoveryId,
  ownerEmail: user.email,
  createdAt: oauthClient.createdAt,
  // Per row of the page only (the LIMIT applies first); each max() walks the client_id index.
  lastUsedAt: sql<Date | null>`greatest(
    (select max(${oauthAccessToken.createdAt}) from ${oauthAccessToken} where ${oauthAccessToken.clientId} = ${oauthClient.clientId}),
    (select max(${oauthRefreshToken.createdAt}) from ${oauthRefreshToken} where ${oauthRefreshToken.clientId} = ${oauthClient.clientId})
  )`.mapWith((v) => (v ? new Date(v as string) : null)),
};

export type ClientListRow = Awaited<ReturnType<typeof listClients>>["rows"][number];

/** Every client, whoever registered it, searchable by name or client ID, one page at a time. */
export async function listClients({ q, page }: { q?: string; page: number }) {
  const term = q?.trim();
  const where = term
    ? or(ilike(oauthClient.name, containing(term)), eq(oauthClient.clientId, term))
    : undefined;
  const clients = db
    .select(listColumns)
    .from(oauthClient)
    .leftJoin(user, eq(user.id, oauthClient.userId))
    .where(where)
    .orderBy(desc(oauthClient.createdAt), asc(oauthClient.clientId));
  const counted = db.select({ total: count() }).from(oauthClient).where(where);
  return pageOf(clients.$dynamic(), counted, page, CLIENTS_PAGE_SIZE);
}

/** One client's settings for the console (no secret). */
export async function getClientDetails(clientId: string) {
  const [row] = await db
    .select({
      clientId: oauthClient.clientId,
      name: oauthClient.name,
      icon: oauthClient.icon,
      uri: oauthClient.uri,
      tos: oauthClient.tos,
      policy: oauthClient.policy,
      disabled: oauthClient.disabled,
      skipConsent: oauthClient.skipConsent,
      enableEndSession: oauthClient.enableEndSession,
      scopes: oauthClient.scopes,
      clientCredentialsScopes: oauthClient.clientCredentialsScopes,
      redirectUris: oauthClient.redirectUris,
      postLogoutRedirectUris: oauthClient.postLogoutRedirectUris,
      backchannelLogoutUri: oauthClient.backchannelLogoutUri,
      tokenEndpointAuthMethod: oauthClient.tokenEndpointAuthMethod,
      applicationType: oauthClient.applicationType,
      grantTypes: oauthClient.grantTypes,
      requirePkce: oauthClient.requirePKCE,
      dpopBoundAccessTokens: oauthClient.dpopBoundAccessTokens,
      metadata: oauthClient.metadata,
      subjectType: oauthClient.subjectType,
      userId: oauthClient.userId,
      referenceId: oauthClient.referenceId,
      clientDiscoveryId: oauthClient.clientDiscoveryId,
      ownerEmail: user.email,
      createdAt: oauthClient.createdAt,
      updatedAt: oauthClient.updatedAt,
    })
    .from(oauthClient)
    .leftJoin(user, eq(user.id, oauthClient.userId))
    .where(eq(oauthClient.clientId, clientId));
  return row ?? null;
}
export type ClientDetails = NonNullable<Awaited<ReturnType<typeof getClientDetails>>>;

/** The resources a client is linked to. */
export async function listClientResources(clientId: string) {
  return listLinked(
    {
      id: oauthResource.id,
      identifier: oauthResource.identifier,
      name: oauthResource.name,
      disabled: oauthResource.disabled,
    },
    {
      from: oauthClientResource,
      to: oauthResource,
      on: eq(oauthResource.identifier, oauthClientResource.resourceId),
      where: eq(oauthClientResource.clientId, clientId),
    },
    asc(oauthResource.name),
  );
}

export async function isLinked(clientId: string, identifier: string) {
  return exists(
    oauthClientResource,
    and(eq(oauthClientResource.clientId, clientId), eq(oauthClientResource.resourceId, identifier)),
  );
}

/** Names for the link pickers (capped; the list page searches the rest). */
export async function listClientChoices() {
  return db
    .select({ clientId: oauthClient.clientId, name: oauthClient.name })
    .from(oauthClient)
    .orderBy(asc(oauthClient.name))
    .limit(500);
}
