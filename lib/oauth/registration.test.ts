import { describe, expect, it } from "vitest";
import {
  resourceServerForProblem,
  PLATFORM_REFERENCE,
  generateClientId,
  initialAccessTokenValidator,
  registrationPolicy,
} from "./registration";

describe("initial access token validator", () => {
  const validate = initialAccessTokenValidator("the-right-initial-access-token")!;

  it("accepts the configured token and assigns the platform owner", () => {
    expect(validate({ initialAccessToken: "the-right-initial-access-token" })).toEqual({
      referenceId: PLATFORM_REFERENCE,
    });
  });

  it("rejects other tokens, including prefixes and longer strings", () => {
    expect(validate({ initialAccessToken: "the-right" })).toBe(false);
    expect(validate({ initialAccessToken: "the-right-initial-access-token-and-more" })).toBe(false);
    expect(validate({ initialAccessToken: "" })).toBe(false);
  });

  it("is absent when no token is configured, so token-backed registration stays off", () => {
    expect(initialAccessTokenValidator(undefined)).toBeUndefined();
  });
});

describe("registration policy (decided before the client row is written, fact 73)", () => {
  it("keeps only the known scopes asked for", () => {
    expect(registrationPolicy({ scope: "openid profile unknown" })).toEqual({
      scopes: ["openid", "profile"],
      clientCredentialsScopes: [],
      enableEndSession: false,
    });
  });

  it("gives a client_credentials client the machine scopes it asked for, or all of them", () => {
    const asked = { grant_types: ["client_credentials"], scope: "api:read" };
    expect(registrationPolicy(asked).clientCredentialsScopes).toEqual(["api:read"]);
    const none = registrationPolicy({ grant_types: ["client_credentials"] });
    expect(none.scopes).toEqual([]);
    expect(none.clientCredentialsScopes).toEqual(["api:read", "api:write"]);
  });

  it("allows end-session only with post_logout_redirect_uris", () => {
    const uris = { post_logout_redirect_uris: ["https://rp.example/out"] };
    expect(registrationPolicy(uris).enableEndSession).toBe(true);
    expect(registrationPolicy({ post_logout_redirect_uris: [] }).enableEndSession).toBe(false);
  });

  it("grants nothing extra for a body of the wrong shape", () => {
    for (const body of [
      undefined,
      null,
      "x",
      [],
      { scope: 1, grant_types: "client_credentials" },
    ]) {
      expect(registrationPolicy(body)).toEqual({
        scopes: [],
        clientCredentialsScopes: [],
        enableEndSession: false,
      });
    }
  });

  it("outside a registration, makes client ids in the plugin's format", () => {
    const ids = new Set(Array.from({ length: 20 }, () => generateClientId()));
    expect(ids.size).toBe(20);
    for (const id of ids) expect(id).toMatch(/^[a-zA-Z]{32}$/);
  });
});

describe("resource_server_for (DCR metadata)", () => {
  it("takes a list of up to 20 identifiers", () => {
    expect(resourceServerForProblem(["https://api.example"])).toBeUndefined();
    expect(resourceServerForProblem([])).toBeUndefined();
    expect(resourceServerForProblem(Array(20).fill("https://api.example"))).toBeUndefined();
  });

  it.each([
    ["a string", "https://api.example"],
    ["an object", { a: 1 }],
    ["a number in the list", [42]],
    ["an empty identifier", [""]],
    ["too many identifiers", Array(21).fill("https://api.example")],
    ["an over-long identifier", ["x".repeat(2049)]],
  ])("refuses %s", (_, value) => {
    expect(resourceServerForProblem(value)).toMatch(/resource_server_for must be an array/);
  });
});
