import * as jose from "jose";
import { describe, expect, it } from "vitest";
import { baseUrl, issuer } from "./helpers";

async function getJson(path: string) {
  const res = await fetch(new URL(path, baseUrl()));
  expect(res.status, path).toBe(200);
  expect(res.headers.get("content-type")).toContain("application/json");
  return (await res.json()) as Record<string, unknown>;
}

describe("discovery", () => {
  it("serves the same OpenID configuration at the root and under the issuer", async () => {
    const root = await getJson("/.well-known/openid-configuration");
    const relative = await getJson("/api/auth/.well-known/openid-configuration");
    expect(root.issuer).toBe(issuer());
    expect(relative).toEqual(root);
    expect(root.id_token_signing_alg_values_supported).toContain("RS256");
    expect(root.authorization_endpoint).toBe(`${issuer()}/oauth2/authorize`);
    expect(root.token_endpoint).toBe(`${issuer()}/oauth2/token`);
    expect(root.userinfo_endpoint).toBe(`${issuer()}/oauth2/userinfo`);
    expect(root.registration_endpoint).toBe(`${issuer()}/oauth2/register`);
    expect(root.end_session_endpoint).toBe(`${issuer()}/oauth2/end-session`);
    expect(root.code_challenge_methods_supported).toEqual(["S256"]);
    expect(root.authorization_response_iss_parameter_supported).toBe(true);
    expect(root.scopes_supported).toEqual(
      expect.arrayContaining(["openid", "offline_access", "organization", "api:read"]),
    );
  });

  it("serves RFC 8414 metadata at the path-inserted and issuer-relative URLs", async () => {
    const inserted = await getJson("/.well-known/oauth-authorization-server/api/auth");
    const relative = await getJson("/api/auth/.well-known/oauth-authorization-server");
    expect(inserted.issuer).toBe(issuer());
    expect(relative).toEqual(inserted);
    expect(inserted.grant_types_supported).toEqual(
      expect.arrayContaining(["authorization_code", "refresh_token", "client_credentials"]),
    );
  });

  it("has no authorization-server metadata for another issuer path", async () => {
    const res = await fetch(`${baseUrl()}/.well-known/oauth-authorization-server/elsewhere`);
    expect(res.status).toBe(404);
  });

  it("publishes an RS256 signing key in the JWKS", async () => {
    const config = await getJson("/.well-known/openid-configuration");
    const jwks = (await getJson(String(config.jwks_uri))) as { keys: jose.JWK[] };
    const rsa = jwks.keys.find((k) => k.kty === "RSA" && k.alg === "RS256");
    expect(rsa?.kid).toBeTruthy();
    expect(rsa).not.toHaveProperty("d");
    await expect(jose.importJWK(rsa!, "RS256")).resolves.toBeTruthy();
  });
});
