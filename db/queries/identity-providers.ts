import { and, asc, eq, isNotNull, isNull, ne, type SQL } from "drizzle-orm";
import { db } from "@/db";
import { listLinked } from "./linked";
import { account, organization, ssoProvider } from "@/db/schema";

/** The non-secret part of a stored OIDC configuration (the sealed client secret is left out). */
export type ProviderSettings = {
  clientId: string;
  scopes: string[];
  authorizationEndpoint?: string;
  tokenEndpoint?: string;
  jwksEndpoint?: string;
  userInfoEndpoint?: string;
};

function settingsOf(oidcConfig: string | null): ProviderSettings {
  const parsed = (oidcConfig ? JSON.parse(oidcConfig) : {}) as Record<string, unknown>;
  const text = (k: string) => (typeof parsed[k] === "string" ? (parsed[k] as string) : undefined);
  return {
    clientId: text("clientId") ?? "",
    scopes: Array.isArray(parsed.scopes) ? (parsed.scopes as string[]) : [],
    authorizationEndpoint: text("authorizationEndpoint"),
    tokenEndpoint: text("tokenEndpoint"),
    jwksEndpoint: text("jwksEndpoint"),
    userInfoEndpoint: text("userInfoEndpoint"),
  };
}

const summary = {
  id: ssoProvider.id,
  providerId: ssoProvider.providerId,
  name: ssoProvider.name,
  issuer: ssoProvider.issuer,
  enabled: ssoProvider.enabled,
  trustedForLinking: ssoProvider.trustedForLinking,
  organizationId: ssoProvider.organizationId,
  domain: ssoProvider.domain,
  domainVerified: ssoProvider.domainVerified,
};

export type ProviderSummary = Awaited<ReturnType<typeof listIdentityProviders>>[number];

/** Every provider, by name (the console list). */
export function listIdentityProviders() {
  return db
    .select({ ...summary, organizationName: organization.name })
    .from(ssoProvider)
    .leftJoin(organization, eq(organization.id, ssoProvider.organizationId))
    .orderBy(asc(ssoProvider.name));
}

export type ProviderDetails = NonNullable<Awaited<ReturnType<typeof getIdentityProvider>>>;

/** One provider with its non-secret settings. */
export async function getIdentityProvider(id: string) {
  const [row] = await db
    .select({ ...summary, oidcConfig: ssoProvider.oidcConfig })
    .from(ssoProvider)
    .where(eq(ssoProvider.id, id));
  if (!row) return undefined;
  const { oidcConfig, ...rest } = row;
  return { ...rest, ...settingsOf(oidcConfig) };
}

/** The sealed configuration, for an update that keeps the stored secret. */
export async function getStoredOidcConfig(id: string) {
  const [row] = await db
    .select({ oidcConfig: ssoProvider.oidcConfig })
    .from(ssoProvider)
    .where(eq(ssoProvider.id, id));
  return row?.oidcConfig ?? undefined;
}

const findProviderWhere = (where: SQL) =>
  db
    .select(summary)
    .from(ssoProvider)
    .where(where)
    .then((rows) => rows[0]);

export const findProviderByProviderId = (providerId: string) =>
  findProviderWhere(eq(ssoProvider.providerId, providerId));

/** An organization's provider (one per organization). */
export const findOrganizationProvider = (organizationId: string) =>
  findProviderWhere(eq(ssoProvider.organizationId, organizationId));

/** The provider whose email domains include `domain` (comma-separated in the plugin's column). */
export async function findProviderByDomain(domain: string) {
  const rows = await db.select(summary).from(ssoProvider).where(ne(ssoProvider.domain, ""));
  return rows.find((p) => p.domain.split(",").some((d) => d.trim() === domain.toLowerCase()));
}

/** Whether any organization has single sign-on (then /sign-in offers routing by email). */
export async function anyOrganizationProvider(): Promise<boolean> {
  const [row] = await db
    .select({ id: ssoProvider.id })
    .from(ssoProvider)
    .where(and(eq(ssoProvider.enabled, true), isNotNull(ssoProvider.organizationId)))
    .limit(1);
  return Boolean(row);
}

/** The buttons on /sign-in: enabled providers of the whole portal (not an organization's). */
export function listSignInProviders() {
  return db
    .select({ providerId: ssoProvider.providerId, name: ssoProvider.name })
    .from(ssoProvider)
    .where(and(eq(ssoProvider.enabled, true), isNull(ssoProvider.organizationId)))
    .orderBy(asc(ssoProvider.name));
}

/** Origins of every stored provider's endpoints (see lib/identity-providers/origins.ts). */
export async function listProviderEndpointOrigins(): Promise<string[]> {
  const rows = await db
    .select({ issuer: ssoProvider.issuer, oidcConfig: ssoProvider.oidcConfig })
    .from(ssoProvider);
  const origins = new Set<string>();
  for (const row of rows) {
    const s = settingsOf(row.oidcConfig);
    for (const url of [
      row.issuer,
      s.authorizationEndpoint,
      s.tokenEndpoint,
      s.jwksEndpoint,
      s.userInfoEndpoint,
    ]) {
      if (url && URL.canParse(url)) origins.add(new URL(url).origin);
    }
  }
  return [...origins];
}

/** The upstream identities linked to a user, with their provider's name. */
export function listLinkedIdentities(userId: string) {
  return listLinked(
    {
      id: account.id,
      providerId: account.providerId,
      accountId: account.accountId,
      createdAt: account.createdAt,
      name: ssoProvider.name,
    },
    {
      from: account,
      to: ssoProvider,
      on: eq(ssoProvider.providerId, account.providerId),
      where: eq(account.userId, userId),
    },
    asc(ssoProvider.name),
  );
}
