import * as oidc from "openid-client";
import { describe, expect, it } from "vitest";
import {
  Browser,
  authorizationRequest,
  CALLBACK,
  codeFlow,
  followAuthorization,
  register,
  relyingParty,
  rpConfig,
  signUp,
} from "./helpers";

const metadata = {
  client_name: "Registered RP",
  application_type: "native",
  redirect_uris: [CALLBACK],
  scope: "openid profile",
};

describe("dynamic client registration (RFC 7591)", () => {
  it("registers a confidential client with the initial access token", async () => {
    const res = await register(metadata);
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body.client_id).toEqual(expect.any(String));
    expect(body.client_secret).toEqual(expect.any(String));
    expect(body.token_endpoint_auth_method).toBe("client_secret_basic");
    expect(body.redirect_uris).toEqual([CALLBACK]);
  });

  it("keeps only the scopes the client registered", async () => {
    const body = await (await register(metadata)).json();
    expect(body.scope.split(" ").sort()).toEqual(["openid", "profile"]);
    const config = await rpConfig(body);
    const browser = new Browser();
    await signUp(browser);
    const { url } = await authorizationRequest(config, { scope: "openid email" });
    const { url: end } = await followAuthorization(browser, url, { consent: "accept" });
    expect(end.searchParams.get("error")).toBe("invalid_scope");
  });

  it("refuses registration without a token with 401 and a Bearer challenge", async () => {
    const res = await register(metadata, null);
    expect(res.status).toBe(401);
    expect(res.headers.get("www-authenticate")).toMatch(/^Bearer/);
  });

  it("refuses a wrong initial access token with invalid_token", async () => {
    const res = await register(metadata, "not-the-initial-access-token");
    expect(res.status).toBe(401);
    expect((await res.json()).error).toBe("invalid_token");
  });

  it("refuses a javascript: redirect URI with invalid_redirect_uri", async () => {
    const res = await register({ ...metadata, redirect_uris: ["javascript:alert(1)"] });
    expect(res.status).toBe(400);
    expect((await res.json()).error).toBe("invalid_redirect_uri");
  });

  it("refuses an http redirect URI for a web application", async () => {
    const res = await register({
      ...metadata,
      application_type: "web",
      redirect_uris: ["http://rp.example.com/cb"],
    });
    expect(res.status).toBe(400);
    expect((await res.json()).error).toBe("invalid_redirect_uri");
  });

  it("registers a public client that completes code + PKCE without a secret", async () => {
    const { client, config } = await relyingParty({
      token_endpoint_auth_method: "none",
      scope: "openid offline_access",
    });
    expect(client.client_secret).toBeUndefined();
    const browser = new Browser();
    const user = await signUp(browser);
    const { tokens } = await codeFlow(
      config,
      browser,
      { consent: "accept" },
      { scope: "openid offline_access" },
    );
    expect(tokens.claims()!.sub).toBe(user.id);
    expect(tokens.refresh_token).toBeTruthy();
    const refreshed = await oidc.refreshTokenGrant(config, tokens.refresh_token!);
    expect(refreshed.access_token).not.toBe(tokens.access_token);
  });
});
