import { and, asc, count, eq, inArray, sql } from "drizzle-orm";
import { db } from "@/db";
import { listLinked } from "./linked";
import { oauthClient, oauthClientResource, oauthResource, openResource } from "@/db/schema";

const resourceColumns = {
  id: oauthResource.id,
  identifier: oauthResource.identifier,
  name: oauthResource.name,
  accessTokenTtl: oauthResource.accessTokenTtl,
  refreshTokenTtl: oauthResource.refreshTokenTtl,
  signingAlgorithm: oauthResource.signingAlgorithm,
  allowedScopes: oauthResource.allowedScopes,
  customClaims: oauthResource.customClaims,
  dpopRequired: oauthResource.dpopBoundAccessTokensRequired,
  disabled: oauthResource.disabled,
  openToEveryClient: sql<boolean>`exists (select 1 from ${openResource} where ${openResource.resourceId} = ${oauthResource.identifier})`,
  createdAt: oauthResource.createdAt,
  updatedAt: oauthResource.updatedAt,
};

/** Every protected resource with its number of linked clients. */
export async function listResources() {
  return db
    .select({ ...resourceColumns, linkedClients: count(oauthClientResource.id) })
    .from(oauthResource)
    .leftJoin(oauthClientResource, eq(oauthClientResource.resourceId, oauthResource.identifier))
    .groupBy(oauthResource.id)
    .orderBy(asc(oauthResource.name));
}

export async function getResource(id: string) {
  const [row] = await db
    .select(resourceColumns)
    .from(oauthResource)
    .where(eq(oauthResource.id, id));
  return row ?? null;
}
export type ResourceDetails = NonNullable<Awaited<ReturnType<typeof getResource>>>;

export async function findResourceByIdentifier(identifier: string) {
  const [row] = await db
    .select({
      id: oauthResource.id,
      identifier: oauthResource.identifier,
      name: oauthResource.name,
    })
    .from(oauthResource)
    .where(eq(oauthResource.identifier, identifier));
  return row ?? null;
}

export async function listResourceClients(identifier: string) {
  return listLinked(
    { clientId: oauthClient.clientId, name: oauthClient.name, disabled: oauthClient.disabled },
    {
      from: oauthClientResource,
      to: oauthClient,
      on: eq(oauthClient.clientId, oauthClientResource.clientId),
      where: eq(oauthClientResource.resourceId, identifier),
    },
    asc(oauthClient.name),
  );
}

/** Names for the link pickers. */
export async function listResourceChoices() {
  return db
    .select({ identifier: oauthResource.identifier, name: oauthResource.name })
    .from(oauthResource)
    .orderBy(asc(oauthResource.name));
}

/** Of `identifiers`, those that name a protected resource. */
export async function existingResourceIdentifiers(identifiers: string[]): Promise<Set<string>> {
  if (identifiers.length === 0) return new Set();
  const rows = await db
    .select({ identifier: oauthResource.identifier })
    .from(oauthResource)
    .where(inArray(oauthResource.identifier, identifiers));
  return new Set(rows.map((r) => r.identifier));
}

/**
 * Of the requested resource identifiers, those some of `clientIds` may not request: not open to
 * every client and not linked to that client (docs/library-facts.md#fact-80).
 */
export async function resourcesOutOfReach(identifiers: string[], clientIds: string[]) {
  if (identifiers.length === 0) return [];
  const [open, links] = await Promise.all([
    db
      .select({ resourceId: openResource.resourceId })
      .from(openResource)
      .where(inArray(openResource.resourceId, identifiers)),
    clientIds.length
      ? db
          .select({
            clientId: oauthClientResource.clientId,
            resourceId: oauthClientResource.resourceId,
          })
          .from(oauthClientResource)
          .where(
            and(
              inArray(oauthClientResource.resourceId, identifiers),
              inArray(oauthClientResource.clientId, clientIds),
            ),
          )
      : [],
  ]);
  const openIds = new Set(open.map((r) => r.resourceId));
  const linked = new Set(links.map((l) => `${l.clientId}\n${l.resourceId}`));
  return identifiers.filter(
    (id) =>
      !openIds.has(id) &&
      (clientIds.length === 0 || clientIds.some((c) => !linked.has(`${c}\n${id}`))),
  );
}
