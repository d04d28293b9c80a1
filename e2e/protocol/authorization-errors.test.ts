import * as oidc from "openid-client";
import { beforeAll, describe, expect, it } from "vitest";
import {
  Browser,
  authorizationRequest,
  CALLBACK,
  baseUrl,
  codeFlow,
  followAuthorization,
  issuer,
  relyingParty,
  signUp,
} from "./helpers";

describe("authorization errors", () => {
  let config: oidc.Configuration;

  beforeAll(async () => {
    ({ config } = await relyingParty());
  });

  const authorizationUrl = async (params: Record<string, string> = {}) =>
    (await authorizationRequest(config, { state: "xyz", ...params })).url;

  it("answers prompt=none without a session with login_required at the redirect URI", async () => {
    const { url } = await followAuthorization(
      new Browser(),
      await authorizationUrl({ prompt: "none" }),
    );
    expect(url.origin + url.pathname).toBe(CALLBACK);
    expect(url.searchParams.get("error")).toBe("login_required");
    expect(url.searchParams.get("state")).toBe("xyz");
    expect(url.searchParams.get("iss")).toBe(issuer());
  });

  it("sends a user without a session to the sign-in page with the signed query", async () => {
    const { url, visited } = await followAuthorization(new Browser(), await authorizationUrl());
    expect(visited).toEqual(["/sign-in"]);
    expect(url.searchParams.get("sig")).toBeTruthy();
    expect(url.searchParams.get("client_id")).toBe(config.clientMetadata().client_id);
  });

  it("shows an unregistered redirect_uri on the portal's error page, never redirecting to it", async () => {
    const browser = new Browser();
    await signUp(browser);
    const evil = "http://127.0.0.1:9876/evil";
    const { url } = await followAuthorization(
      browser,
      await authorizationUrl({ redirect_uri: evil }),
    );
    expect(url.origin).toBe(baseUrl());
    expect(url.pathname).toBe("/error");
    expect(url.searchParams.get("error")).toMatch(/invalid_redirect/);
    const page = await browser.get(url.toString());
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(url.searchParams.get("error")!);
  });

  it("shows an unknown client_id on the error page", async () => {
    const url = new URL(await authorizationUrl());
    url.searchParams.set("client_id", "no-such-client");
    const { url: end } = await followAuthorization(new Browser(), url);
    expect(end.origin + end.pathname).toBe(`${baseUrl()}/error`);
    expect(end.searchParams.get("error")).toMatch(/invalid_client/);
  });

  it("returns access_denied to the client when the user denies consent", async () => {
    const browser = new Browser();
    await signUp(browser);
    const { url, visited } = await followAuthorization(browser, await authorizationUrl(), {
      consent: "deny",
    });
    expect(visited).toEqual(["/consent"]);
    expect(url.origin + url.pathname).toBe(CALLBACK);
    expect(url.searchParams.get("error")).toBe("access_denied");
    expect(url.searchParams.get("state")).toBe("xyz");
  });

  it("grants only the scopes the user left ticked (partial consent)", async () => {
    const browser = new Browser();
    await signUp(browser);
    const { tokens } = await codeFlow(config, browser, { consent: { scope: "openid email" } });
    expect(tokens.scope?.split(" ").sort()).toEqual(["email", "openid"]);
  });
});
