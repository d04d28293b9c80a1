import * as oidc from "openid-client";
import { beforeAll, describe, expect, it } from "vitest";
import {
  Browser,
  authorizationRequest,
  codeFlow,
  followAuthorization,
  issuer,
  relyingParty,
  signUp,
  type RegisteredClient,
} from "./helpers";

describe("authorization code + PKCE, confidential client", () => {
  let client: RegisteredClient;
  let config: oidc.Configuration;
  let user: Awaited<ReturnType<typeof signUp>>;
  const browser = new Browser();

  beforeAll(async () => {
    ({ client, config } = await relyingParty());
    user = await signUp(browser);
  });

  it("issues tokens whose ID token openid-client validates", async () => {
    const { tokens, flow } = await codeFlow(config, browser, { consent: "accept" });
    expect(flow.visited).toEqual(["/consent"]);
    expect(flow.url.searchParams.get("iss")).toBe(issuer());
    const claims = tokens.claims()!;
    expect(claims.iss).toBe(issuer());
    expect(claims.aud).toBe(client.client_id);
    expect(claims.sub).toBe(user.id);
    expect(tokens.token_type.toLowerCase()).toBe("bearer");
    expect(tokens.refresh_token).toBeTruthy();
    expect(tokens.scope?.split(" ").sort()).toEqual([
      "email",
      "offline_access",
      "openid",
      "profile",
    ]);
  });

  it("remembers consent: a second authorization skips the consent page", async () => {
    const { flow } = await codeFlow(config, browser, {});
    expect(flow.visited).toEqual([]);
  });

  it("returns profile and email claims from UserInfo", async () => {
    const { tokens } = await codeFlow(config, browser, {});
    const sub = tokens.claims()!.sub;
    const info = await oidc.fetchUserInfo(config, tokens.access_token, sub);
    expect(info.sub).toBe(user.id);
    expect(info.email).toBe(user.email);
    expect(info.name).toBe(user.name);
    expect(info.email_verified).toBe(false);
  });

  it("rejects a replayed authorization code with invalid_grant", async () => {
    const { url, verifier } = await authorizationRequest(config, { state: "s1" });
    const { url: callback } = await followAuthorization(browser, url, {});
    await oidc.authorizationCodeGrant(config, callback, {
      pkceCodeVerifier: verifier,
      expectedState: "s1",
    });
    const replay = oidc.authorizationCodeGrant(config, callback, {
      pkceCodeVerifier: verifier,
      expectedState: "s1",
    });
    await expect(replay).rejects.toMatchObject({ error: "invalid_grant" });
  });
});
