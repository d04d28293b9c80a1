import { env } from "@/lib/env";
import { OutboundError, outboundFetch } from "@/lib/outbound";

/** The endpoints of an upstream OpenID Provider, read from its discovery document. */
export type DiscoveredProvider = {
  issuer: string;
  authorizationEndpoint: string;
  tokenEndpoint: string;
  jwksEndpoint: string;
  userInfoEndpoint?: string;
  tokenEndpointAuthentication: "client_secret_basic" | "client_secret_post";
  scopesSupported?: string[];
};

export class DiscoveryFailure extends Error {
  override name = "DiscoveryFailure";
}

const trimSlash = (s: string) => s.replace(/\/+$/, "");
const str = (v: unknown) => (typeof v === "string" && v ? v : undefined);

/** https, or http while OUTBOUND_ALLOW_PRIVATE_NETWORKS=true (loopback test peers). */
function endpoint(doc: Record<string, unknown>, field: string, allowHttp: boolean) {
  const value = str(doc[field]);
  if (!value) return undefined;
  if (!URL.canParse(value)) throw new DiscoveryFailure(`${field} is not a URL (${value}).`);
  const { protocol } = new URL(value);
  if (protocol !== "https:" && !(allowHttp && protocol === "http:")) {
    throw new DiscoveryFailure(`${field} must be an https URL (${value}).`);
  }
  return value;
}

/**
 * Checks a discovery document the way OpenID Connect Discovery 1.0 §4.3 asks: the issuer it
 * names is exactly the one configured, and the endpoints a code flow needs are there.
 */
export function readDiscoveryDocument(
  issuer: string,
  doc: unknown,
  allowHttp = env.OUTBOUND_ALLOW_PRIVATE_NETWORKS,
): DiscoveredProvider {
  if (!doc || typeof doc !== "object" || Array.isArray(doc)) {
    throw new DiscoveryFailure("The discovery document is not a JSON object.");
  }
  const d = doc as Record<string, unknown>;
  const named = str(d.issuer);
  if (!named || trimSlash(named) !== trimSlash(issuer)) {
    throw new DiscoveryFailure(
      `The discovery document names the issuer ${named ?? "(none)"}, not ${issuer}.`,
    );
  }
  const authorizationEndpoint = endpoint(d, "authorization_endpoint", allowHttp);
  const tokenEndpoint = endpoint(d, "token_endpoint", allowHttp);
  const jwksEndpoint = endpoint(d, "jwks_uri", allowHttp);
  const missing = [
    ["authorization_endpoint", authorizationEndpoint],
    ["token_endpoint", tokenEndpoint],
    ["jwks_uri", jwksEndpoint],
  ].filter(([, v]) => !v);
  if (missing.length) {
    throw new DiscoveryFailure(
      `The discovery document lacks ${missing.map(([k]) => k).join(", ")}.`,
    );
  }
  const responseTypes = d.response_types_supported;
  if (Array.isArray(responseTypes) && !responseTypes.includes("code")) {
    throw new DiscoveryFailure("The provider does not support the authorization code flow.");
  }
  const methods = Array.isArray(d.token_endpoint_auth_methods_supported)
    ? (d.token_endpoint_auth_methods_supported as unknown[])
    : ["client_secret_basic"];
  const tokenEndpointAuthentication = methods.includes("client_secret_basic")
    ? "client_secret_basic"
    : methods.includes("client_secret_post")
      ? "client_secret_post"
      : undefined;
  if (!tokenEndpointAuthentication) {
    throw new DiscoveryFailure(
      "The provider accepts neither client_secret_basic nor client_secret_post at its token endpoint.",
    );
  }
  const scopes = Array.isArray(d.scopes_supported)
    ? d.scopes_supported.filter((s): s is string => typeof s === "string")
    : undefined;
  return {
    issuer: named,
    authorizationEndpoint: authorizationEndpoint!,
    tokenEndpoint: tokenEndpoint!,
    jwksEndpoint: jwksEndpoint!,
    userInfoEndpoint: endpoint(d, "userinfo_endpoint", allowHttp),
    tokenEndpointAuthentication,
    scopesSupported: scopes,
  };
}

/**
 * Fetches `<issuer>/.well-known/openid-configuration` through lib/outbound.ts (SSRF rules,
 * OUTBOUND_ALLOW_PRIVATE_NETWORKS) and validates it. Every failure is a readable DiscoveryFailure.
 */
export async function discoverProvider(issuer: string): Promise<DiscoveredProvider> {
  const allowHttp = env.OUTBOUND_ALLOW_PRIVATE_NETWORKS;
  const url = `${trimSlash(issuer)}/.well-known/openid-configuration`;
  let response;
  try {
    response = await outboundFetch(url, {
      allowHttp,
      headers: { accept: "application/json" },
      maxBytes: 256 * 1024,
    });
  } catch (error) {
    const reason = error instanceof OutboundError ? error.message : "the request failed";
    throw new DiscoveryFailure(`Could not fetch ${url}: ${reason}.`);
  }
  if (response.status !== 200) {
    throw new DiscoveryFailure(
      `${url} answered HTTP ${response.status}, not a discovery document.`,
    );
  }
  let doc: unknown;
  try {
    doc = response.json();
  } catch {
    throw new DiscoveryFailure(`${url} did not answer JSON.`);
  }
  return readDiscoveryDocument(issuer, doc, allowHttp);
}
