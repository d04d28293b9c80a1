import { findProviderByProviderId } from "@/db/queries/identity-providers";
import type { DiscoveredProvider } from "./discovery";
import { openOidcConfig, sealOidcConfig } from "./sealed-secrets";

type Settings = { clientId: string; clientSecret: string; scopes: string[] };

/** A readable, unique provider id for the callback URL: "acme-login", "acme-login-2f9c". */
export async function newProviderId(name: string): Promise<string> {
  const base =
    name
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 40) || "provider";
  let candidate = base;
  while (await findProviderByProviderId(candidate)) {
    candidate = `${base}-${crypto.randomUUID().slice(0, 4)}`;
  }
  return candidate;
}

/**
 * The sso plugin's stored OIDC configuration with the discovered endpoints filled in, so the
 * plugin never runs its own discovery at sign-in (docs/library-facts.md#fact-93). PKCE is on.
 */
export function oidcConfigFor(discovered: DiscoveredProvider, settings: Settings) {
  return sealOidcConfig({
    issuer: discovered.issuer,
    clientId: settings.clientId,
    clientSecret: settings.clientSecret,
    authorizationEndpoint: discovered.authorizationEndpoint,
    tokenEndpoint: discovered.tokenEndpoint,
    jwksEndpoint: discovered.jwksEndpoint,
    userInfoEndpoint: discovered.userInfoEndpoint,
    tokenEndpointAuthentication: discovered.tokenEndpointAuthentication,
    discoveryEndpoint: `${discovered.issuer.replace(/\/+$/, "")}/.well-known/openid-configuration`,
    pkce: true,
    scopes: settings.scopes,
    overrideUserInfo: false,
  });
}

/** The stored configuration with new settings; an empty secret keeps the stored one. */
export async function resealOidcConfig(stored: string | undefined, settings: Settings) {
  const opened = JSON.parse(String((await openOidcConfig(stored ?? "{}")) ?? "{}")) as Record<
    string,
    unknown
  >;
  return sealOidcConfig({
    ...opened,
    clientId: settings.clientId,
    scopes: settings.scopes,
    ...(settings.clientSecret ? { clientSecret: settings.clientSecret } : {}),
  });
}
