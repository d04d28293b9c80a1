import * as oidc from "openid-client";
import { beforeAll, describe, expect, it } from "vitest";
import {
  Browser,
  baseUrl,
  codeFlow,
  newUser,
  register,
  relyingParty,
  signUp,
  type User,
} from "./helpers";

/** A pairwise client whose redirect URI (and so sector, OIDC Core §8.1) is on `host`. */
async function pairwiseClient(redirectUri: string, subjectType = "pairwise") {
  return relyingParty({ redirect_uris: [redirectUri], subject_type: subjectType });
}

describe("pairwise subject identifiers (OIDC Core §8)", () => {
  const browser = new Browser();
  let user: User & { id: string };

  beforeAll(async () => {
    user = await signUp(browser, newUser());
  });

  const signIn = () => ({ user, consent: "accept" as const });

  it("discovery lists both subject types", async () => {
    const metadata = await (await fetch(`${baseUrl()}/.well-known/openid-configuration`)).json();
    expect(metadata.subject_types_supported).toEqual(["public", "pairwise"]);
  });

  it("gives a pairwise client one sub per sector in the ID token, UserInfo and introspection, stable across authorizations", async () => {
    const redirect = "http://127.0.0.1:9876/callback";
    const a = await pairwiseClient(redirect);
    const first = await codeFlow(a.config, browser, signIn(), {}, redirect);
    const sub = first.tokens.claims()!.sub;
    expect(sub).not.toBe(user.id);
    // HMAC-SHA256 in base64 (the library's format): an opaque ASCII string of at most 255 characters.
    expect(sub).toMatch(/^[A-Za-z0-9+/=_-]{40,255}$/);

    const info = await oidc.fetchUserInfo(a.config, first.tokens.access_token, sub);
    expect(info.sub).toBe(sub);
    const introspection = await oidc.tokenIntrospection(a.config, first.tokens.access_token);
    expect(introspection).toMatchObject({ active: true, sub });

    // Stable: a later authorization of the same client gives the same sub.
    const again = await codeFlow(a.config, browser, signIn(), {}, redirect);
    expect(again.tokens.claims()!.sub).toBe(sub);

    // Same sector (host of the redirect URI), another client: the same sub.
    const sameSector = await pairwiseClient("http://127.0.0.1:9876/other");
    const sibling = await codeFlow(
      sameSector.config,
      browser,
      signIn(),
      {},
      "http://127.0.0.1:9876/other",
    );
    expect(sibling.tokens.claims()!.sub).toBe(sub);

    // Another sector: a different sub, which cannot be correlated with the first.
    const otherRedirect = "http://127.0.0.1:9877/callback";
    const b = await pairwiseClient(otherRedirect);
    const other = await codeFlow(b.config, browser, signIn(), {}, otherRedirect);
    expect(other.tokens.claims()!.sub).not.toBe(sub);
    expect(other.tokens.claims()!.sub).not.toBe(user.id);
  });

  it("keeps the public sub (the user id) for a public-subject client", async () => {
    const redirect = "http://127.0.0.1:9876/callback";
    const pub = await pairwiseClient(redirect, "public");
    const { tokens } = await codeFlow(pub.config, browser, signIn(), {}, redirect);
    expect(tokens.claims()!.sub).toBe(user.id);
    const info = await oidc.fetchUserInfo(pub.config, tokens.access_token, user.id);
    expect(info.sub).toBe(user.id);
  });

  it("refuses a pairwise registration whose redirect URIs span two hosts", async () => {
    const res = await register({
      client_name: "Two sectors",
      application_type: "native",
      redirect_uris: ["http://127.0.0.1:9876/callback", "http://127.0.0.1:9877/callback"],
      token_endpoint_auth_method: "client_secret_basic",
      subject_type: "pairwise",
      scope: "openid",
    });
    expect(res.status).toBe(400);
    expect((await res.json()).error).toBe("invalid_client_metadata");
  });
});
