import * as oidc from "openid-client";
import { beforeAll, describe, expect, it } from "vitest";
import {
  Browser,
  authorizationRequest,
  CALLBACK,
  codeFlow,
  followAuthorization,
  issuer,
  relyingParty,
  signUp,
} from "./helpers";

describe("tokens", () => {
  let config: oidc.Configuration;
  let clientId: string;
  const browser = new Browser();

  beforeAll(async () => {
    const rp = await relyingParty();
    clientId = rp.client.client_id;
    config = rp.config;
    await signUp(browser);
    await codeFlow(config, browser, { consent: "accept" });
  });

  describe("refresh token rotation", () => {
    it("rotates the refresh token on every use", async () => {
      const { tokens } = await codeFlow(config, browser, {});
      const first = await oidc.refreshTokenGrant(config, tokens.refresh_token!);
      expect(first.refresh_token).toBeTruthy();
      expect(first.refresh_token).not.toBe(tokens.refresh_token);
      const second = await oidc.refreshTokenGrant(config, first.refresh_token!);
      expect(second.refresh_token).not.toBe(first.refresh_token);
    });

    it("rejects a replayed refresh token with invalid_grant and revokes the grant", async () => {
      const { tokens } = await codeFlow(config, browser, {});
      const rotated = await oidc.refreshTokenGrant(config, tokens.refresh_token!);
      await expect(oidc.refreshTokenGrant(config, tokens.refresh_token!)).rejects.toMatchObject({
        error: "invalid_grant",
      });
      // Reuse of a rotated token is treated as theft: the newer token dies too.
      await expect(oidc.refreshTokenGrant(config, rotated.refresh_token!)).rejects.toMatchObject({
        error: "invalid_grant",
      });
    });
  });

  describe("introspection and revocation", () => {
    it("reports an access token active, then inactive after RFC 7009 revocation", async () => {
      const { tokens } = await codeFlow(config, browser, {});
      const active = await oidc.tokenIntrospection(config, tokens.access_token);
      expect(active.active).toBe(true);
      expect(active.client_id).toBe(clientId);
      expect(active.iss).toBe(issuer());
      await oidc.tokenRevocation(config, tokens.access_token);
      const inactive = await oidc.tokenIntrospection(config, tokens.access_token);
      expect(inactive.active).toBe(false);
    });

    it("revokes a refresh token so it can no longer be used", async () => {
      const { tokens } = await codeFlow(config, browser, {});
      await oidc.tokenRevocation(config, tokens.refresh_token!, {
        token_type_hint: "refresh_token",
      });
      await expect(oidc.refreshTokenGrant(config, tokens.refresh_token!)).rejects.toMatchObject({
        error: "invalid_grant",
      });
    });

    it("rejects a revoked access token at UserInfo", async () => {
      const { tokens } = await codeFlow(config, browser, {});
      const sub = tokens.claims()!.sub;
      await oidc.tokenRevocation(config, tokens.access_token);
      await expect(oidc.fetchUserInfo(config, tokens.access_token, sub)).rejects.toThrow();
    });
  });

  describe("client authentication", () => {
    it("answers 401 invalid_client for a genuine code with a wrong secret", async () => {
      const { url, verifier } = await authorizationRequest(config);
      const { url: callback } = await followAuthorization(browser, url, {});
      const res = await fetch(`${issuer()}/oauth2/token`, {
        method: "POST",
        headers: {
          "content-type": "application/x-www-form-urlencoded",
          authorization: `Basic ${Buffer.from(`${clientId}:wrong-secret`).toString("base64")}`,
        },
        body: new URLSearchParams({
          grant_type: "authorization_code",
          code: callback.searchParams.get("code")!,
          redirect_uri: CALLBACK,
          code_verifier: verifier,
        }),
      });
      expect(res.status).toBe(401);
      expect((await res.json()).error).toBe("invalid_client");
    });
  });
});

/** A DCR machine client (client_credentials only, no redirect URIs) and its configuration. */
const machineClient = (scope?: string) =>
  relyingParty({ grant_types: ["client_credentials"], redirect_uris: undefined, scope });

describe("client_credentials", () => {
  it("issues a token with the machine scopes a DCR client registered", async () => {
    const { client: machine, config } = await machineClient("api:read");
    const tokens = await oidc.clientCredentialsGrant(config, { scope: "api:read" });
    expect(tokens.scope).toBe("api:read");
    const info = await oidc.tokenIntrospection(config, tokens.access_token);
    expect(info).toMatchObject({ active: true, client_id: machine.client_id, scope: "api:read" });
    // sub names the client, as in the JWT access token of the same grant (library fact 31).
    expect(info.sub).toBe(machine.client_id);
  });

  it("refuses a machine scope the client did not register", async () => {
    const { config } = await machineClient("api:read");
    await expect(oidc.clientCredentialsGrant(config, { scope: "api:write" })).rejects.toMatchObject(
      {
        error: "invalid_scope",
      },
    );
  });

  it("grants every machine scope to a client that registered no scope", async () => {
    const { config } = await machineClient();
    const tokens = await oidc.clientCredentialsGrant(config, { scope: "api:read api:write" });
    expect(tokens.scope?.split(" ").sort()).toEqual(["api:read", "api:write"]);
  });

  it("refuses user scopes such as openid", async () => {
    const { config } = await machineClient();
    await expect(oidc.clientCredentialsGrant(config, { scope: "openid" })).rejects.toMatchObject({
      error: "invalid_scope",
    });
  });
});
