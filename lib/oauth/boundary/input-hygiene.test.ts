import { describe, expect, it } from "vitest";
import {
  MAX_QUERY_VALUE_CHARS,
  basicCredentialsProblem,
  bodyProblem,
  paramsProblem,
  urlProblem,
} from "./input-hygiene";

const url = (pathAndQuery: string) => new URL(pathAndQuery, "https://id.example.com");
const basic = (credentials: string) => `Basic ${Buffer.from(credentials).toString("base64")}`;

describe("parameter checks", () => {
  it("refuses a NUL byte in a value, naming the parameter", () => {
    expect(paramsProblem("/oauth2/token", [["code", "a\0b"]])).toEqual({
      param: "code",
      description: "Parameter code contains a NUL byte",
    });
  });

  it("refuses a NUL byte in a name, and names it without the NUL", () => {
    expect(paramsProblem("/oauth2/userinfo", [["€\0", "1"]])).toEqual({
      param: "€\0",
      description: "Parameter € contains a NUL byte",
    });
  });

  it("refuses a repeated parameter on single-value endpoints only", () => {
    const twice: [string, string][] = [
      ["grant_type", "refresh_token"],
      ["grant_type", "client_credentials"],
    ];
    for (const endpoint of ["/oauth2/authorize", "/oauth2/token", "/oauth2/end-session"]) {
      expect(paramsProblem(endpoint, twice)?.description).toBe("Parameter grant_type is repeated");
    }
    expect(paramsProblem("/oauth2/register", twice)).toBeUndefined();
  });

  it("refuses a value over the limit it is given, and only then", () => {
    expect(paramsProblem("/oauth2/token", [["state", "s".repeat(11)]], 10)).toEqual({
      param: "state",
      description: "Parameter state is too long",
    });
    expect(paramsProblem("/oauth2/token", [["state", "s".repeat(10)]], 10)).toBeUndefined();
    expect(paramsProblem("/oauth2/token", [["state", "s".repeat(100_000)]])).toBeUndefined();
  });

  it("passes ordinary parameters", () => {
    const params: [string, string][] = [
      ["grant_type", "client_credentials"],
      ["scope", "api:read"],
    ];
    expect(paramsProblem("/oauth2/token", params)).toBeUndefined();
  });
});

describe("URL checks", () => {
  it("refuses a NUL byte in a query value, encoded or not", () => {
    expect(urlProblem(url("/api/auth/oauth2/token?code=%00"), "/oauth2/token")?.param).toBe("code");
    const raw = urlProblem(url("/api/auth/oauth2/authorize?state=a\0b"), "/oauth2/authorize");
    expect(raw?.description).toBe("Parameter state contains a NUL byte");
  });

  it("refuses a NUL byte in the path", () => {
    expect(urlProblem(url("/api/auth/oauth2%00/token"), "/oauth2%00/token")).toEqual({
      description: "The request path contains a NUL byte",
    });
  });

  it("refuses a path that does not percent-decode", () => {
    expect(urlProblem(url("/api/auth/%E2%82"), "/%E2%82")).toEqual({
      description: "The request URL is malformed",
    });
  });

  it("refuses a repeated query parameter on the authorization endpoint", () => {
    const problem = urlProblem(
      url("/api/auth/oauth2/authorize?client_id=a&client_id=b"),
      "/oauth2/authorize",
    );
    expect(problem).toEqual({ param: "client_id", description: "Parameter client_id is repeated" });
  });

  it(`refuses a query value over ${MAX_QUERY_VALUE_CHARS} characters`, () => {
    const long = "s".repeat(MAX_QUERY_VALUE_CHARS + 1);
    expect(
      urlProblem(url(`/api/auth/oauth2/authorize?state=${long}`), "/oauth2/authorize"),
    ).toMatchObject({ description: "Parameter state is too long" });
    const limit = "s".repeat(MAX_QUERY_VALUE_CHARS);
    expect(
      urlProblem(url(`/api/auth/oauth2/authorize?state=${limit}`), "/oauth2/authorize"),
    ).toBeUndefined();
  });
});

describe("Basic client credentials", () => {
  const problem = {
    param: "client_id",
    description: "The Basic client credentials contain a NUL byte",
  };

  it("refuses a raw NUL byte", () => {
    expect(basicCredentialsProblem(basic("a\0b:secret"))).toEqual(problem);
    expect(basicCredentialsProblem(basic("id:se\0cret"))).toEqual(problem);
  });

  it("refuses a form-encoded NUL byte (%00), in either case of scheme", () => {
    expect(basicCredentialsProblem(basic("a%00b:secret"))).toEqual(problem);
    expect(basicCredentialsProblem(basic("a%00b:secret").replace("Basic", "basic"))).toEqual(
      problem,
    );
  });

  it("passes clean credentials, other schemes and no header", () => {
    expect(basicCredentialsProblem(basic("client:secret"))).toBeUndefined();
    expect(basicCredentialsProblem("Bearer a%00b")).toBeUndefined();
    expect(basicCredentialsProblem(null)).toBeUndefined();
  });
});

describe("body checks", () => {
  it("refuses a body that did not parse as JSON", () => {
    expect(bodyProblem("/oauth2/token", { text: "{" })).toEqual({
      description: "The request body is not valid JSON",
    });
  });

  it("refuses a raw NUL byte anywhere in the body text", () => {
    expect(bodyProblem("/oauth2/token", { text: "a\0", params: [] })).toEqual({
      description: "The request body contains a NUL byte",
    });
  });

  it("refuses a bad parameter, without a length limit", () => {
    const body = { text: "token=a%00b", params: [["token", "a\0b"]] as [string, string][] };
    expect(bodyProblem("/oauth2/revoke", body)?.description).toBe(
      "Parameter token contains a NUL byte",
    );
    const long = { text: "", params: [["token", "t".repeat(20_000)]] as [string, string][] };
    expect(bodyProblem("/oauth2/revoke", long)).toBeUndefined();
  });
});

describe("JSON field types at consent", () => {
  it("refuses a non-string oauth_query or scope at /oauth2/consent, as the fuzz found them", () => {
    const body = (text: string) => ({
      text,
      params: [] as [string, string][],
      json: JSON.parse(text),
    });
    expect(
      bodyProblem("/oauth2/consent", body('{"accept":true,"scope":true,"oauth_query":[[[]]]}')),
    ).toEqual({ param: "oauth_query", description: "Parameter oauth_query must be a string" });
    expect(bodyProblem("/oauth2/consent", body('{"accept":true,"scope":["a"]}'))).toEqual({
      param: "scope",
      description: "Parameter scope must be a string",
    });
    expect(
      bodyProblem("/oauth2/consent", body('{"accept":true,"scope":"openid","oauth_query":"a=1"}')),
    ).toBeUndefined();
  });
});
