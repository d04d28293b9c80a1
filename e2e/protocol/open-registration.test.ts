import * as oidc from "openid-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CALLBACK, firstAuthorization } from "./helpers";
import { postRegistration } from "./oauth-client";
import { startOwnServer } from "./server";

/** Registrations this server accepts per window from one address before it answers 429. */
const REGISTER_LIMIT = 6;

/**
 * OPEN_REGISTRATION=true (docs/library-facts.md#fact-81): RFC 7591 without an initial access
 * token, for public clients only, rate-limited; such clients are unverified.
 */
describe("open registration", () => {
  let server: Awaited<ReturnType<typeof startOwnServer>>;

  beforeAll(async () => {
    server = await startOwnServer("gatehouse_open_registration", {
      OPEN_REGISTRATION: "true",
      RATE_LIMIT_ENABLED: "true",
      RATE_LIMIT_REGISTER: String(REGISTER_LIMIT),
    });
  });
  afterAll(() => server?.stop());

  const publicMetadata = {
    client_name: "Open MCP client",
    application_type: "native",
    redirect_uris: [CALLBACK],
    token_endpoint_auth_method: "none",
    grant_types: ["authorization_code", "refresh_token"],
    response_types: ["code"],
    scope: "openid offline_access",
  };

  it("registers a public client with openid-client and no token; it completes code + PKCE as an unverified app", async () => {
    const config = await oidc.dynamicClientRegistration(
      new URL(`${server.baseUrl}/api/auth`),
      publicMetadata,
      oidc.None(),
      { execute: [oidc.allowInsecureRequests] },
    );
    const clientId = config.clientMetadata().client_id;
    expect(config.clientMetadata().client_secret).toBeUndefined();

    const first = await firstAuthorization(config, server.baseUrl);
    expect(first.visited).toContain("/consent");
    expect(first.tokens.claims()?.aud).toBe(clientId);
    expect(first.tokens.refresh_token).toBeTruthy();
    // The consent page presents it as unverified.
    expect(first.consentPage).toContain("Unverified app");
  });

  it("refuses a confidential client without a token with invalid_client_metadata", async () => {
    for (const metadata of [
      { ...publicMetadata, token_endpoint_auth_method: "client_secret_basic" },
      { ...publicMetadata, token_endpoint_auth_method: undefined },
      { ...publicMetadata, grant_types: ["client_credentials"], redirect_uris: undefined },
    ]) {
      const res = await postRegistration(server.baseUrl, metadata, null);
      expect(res.status).toBe(400);
      expect((await res.json()).error).toBe("invalid_client_metadata");
    }
  });

  it("still registers confidential clients with the initial access token", async () => {
    const { INITIAL_ACCESS_TOKEN } = await import("./global-setup");
    const res = await postRegistration(
      server.baseUrl,
      { ...publicMetadata, token_endpoint_auth_method: "client_secret_basic" },
      INITIAL_ACCESS_TOKEN,
    );
    expect(res.status).toBe(201);
    expect((await res.json()).client_secret).toBeTruthy();
  });

  it("rate-limits registration with 429 and Retry-After", async () => {
    let limited: Response | undefined;
    for (let i = 0; i <= REGISTER_LIMIT && !limited; i++) {
      const res = await postRegistration(server.baseUrl, publicMetadata, null);
      if (res.status === 429) limited = res;
      else expect(res.status).toBe(201);
    }
    expect(limited?.status).toBe(429);
    expect(Number(limited?.headers.get("retry-after"))).toBeGreaterThan(0);
  });
});
