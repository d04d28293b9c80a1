import { describe, expect, it } from "vitest";
import { clientMetadata, idTokenScopeClaims, wantsIdTokenClaims } from "./id-token-claims";

const user = {
  name: "Ada Byron Lovelace",
  email: "ada@example.test",
  emailVerified: true,
  image: "https://example.test/ada.png",
};

describe("ID token scope claims", () => {
  it("carries the profile and email claims of the granted scopes", () => {
    expect(idTokenScopeClaims({ user, scopes: ["openid", "profile", "email"] })).toEqual({
      name: "Ada Byron Lovelace",
      given_name: "Ada Byron",
      family_name: "Lovelace",
      picture: "https://example.test/ada.png",
      email: "ada@example.test",
      email_verified: true,
    });
  });

  it("carries only what was granted", () => {
    expect(idTokenScopeClaims({ user, scopes: ["openid", "email"] })).toEqual({
      email: "ada@example.test",
      email_verified: true,
    });
    expect(idTokenScopeClaims({ user, scopes: ["openid"] })).toEqual({});
  });

  it("leaves out names it cannot split and a missing picture", () => {
    expect(idTokenScopeClaims({ user: { name: "Ada" }, scopes: ["profile"] })).toEqual({
      name: "Ada",
    });
  });

  it("is off for a client whose metadata asks for UserInfo only", () => {
    const metadata = { id_token_claims: false };
    expect(idTokenScopeClaims({ user, scopes: ["profile", "email"], metadata })).toEqual({});
    expect(
      idTokenScopeClaims({ user, scopes: ["email"], metadata: { id_token_claims: true } }),
    ).toHaveProperty("email");
  });
});

describe("the per-client switch", () => {
  it("reads stored metadata as a string or an object, on unless false", () => {
    expect(wantsIdTokenClaims(clientMetadata('{"id_token_claims":false}'))).toBe(false);
    expect(wantsIdTokenClaims(clientMetadata({ id_token_claims: false }))).toBe(false);
    expect(wantsIdTokenClaims(clientMetadata(null))).toBe(true);
    expect(wantsIdTokenClaims(clientMetadata("not json"))).toBe(true);
  });
});
