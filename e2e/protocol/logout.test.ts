import * as oidc from "openid-client";
import { describe, expect, it } from "vitest";
import { Browser, codeFlow, relyingParty, signUp } from "./helpers";

describe("RP-initiated logout", () => {
  it("ends the session and returns to the registered post_logout_redirect_uri of a DCR client", async () => {
    const postLogout = "http://127.0.0.1:9876/signed-out";
    const { config } = await relyingParty({ post_logout_redirect_uris: [postLogout] });
    const browser = new Browser();
    await signUp(browser);
    const { tokens } = await codeFlow(config, browser, { consent: "accept" });
    expect(tokens.claims()!.sid).toEqual(expect.any(String));

    const logout = oidc.buildEndSessionUrl(config, {
      id_token_hint: tokens.id_token!,
      post_logout_redirect_uri: postLogout,
      state: "bye",
    });
    const res = await browser.get(logout.toString());
    expect(res.status).toBe(302);
    const location = new URL(res.headers.get("location")!);
    expect(location.origin + location.pathname).toBe(postLogout);
    expect(location.searchParams.get("state")).toBe("bye");

    const session = await browser.get("/api/auth/get-session", { accept: "application/json" });
    expect(await session.json()).toBeNull();
  });

  it("does not redirect to an unregistered post_logout_redirect_uri", async () => {
    const { config } = await relyingParty({
      post_logout_redirect_uris: ["http://127.0.0.1:9876/signed-out"],
    });
    const browser = new Browser();
    await signUp(browser);
    const { tokens } = await codeFlow(config, browser, { consent: "accept" });
    const logout = oidc.buildEndSessionUrl(config, {
      id_token_hint: tokens.id_token!,
      post_logout_redirect_uri: "http://127.0.0.1:9876/elsewhere",
    });
    const res = await browser.get(logout.toString());
    const location = res.headers.get("location");
    expect(location ?? "").not.toContain("/elsewhere");
  });
});
