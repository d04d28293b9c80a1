import { describe, expect, it } from "vitest";
import { DiscoveryFailure, readDiscoveryDocument } from "./discovery";

const ISSUER = "https://id.example.com";
const doc = (extra: Record<string, unknown> = {}) => ({
  issuer: ISSUER,
  authorization_endpoint: `${ISSUER}/authorize`,
  token_endpoint: `${ISSUER}/token`,
  jwks_uri: `${ISSUER}/jwks`,
  userinfo_endpoint: `${ISSUER}/userinfo`,
  response_types_supported: ["code"],
  ...extra,
});

describe("upstream discovery documents", () => {
  it("reads the endpoints of a valid document and prefers client_secret_basic", () => {
    const found = readDiscoveryDocument(`${ISSUER}/`, doc(), false);
    expect(found).toMatchObject({
      issuer: ISSUER,
      tokenEndpoint: `${ISSUER}/token`,
      jwksEndpoint: `${ISSUER}/jwks`,
      tokenEndpointAuthentication: "client_secret_basic",
    });
  });

  it("falls back to client_secret_post and refuses providers with neither", () => {
    const post = doc({ token_endpoint_auth_methods_supported: ["client_secret_post"] });
    expect(readDiscoveryDocument(ISSUER, post, false).tokenEndpointAuthentication).toBe(
      "client_secret_post",
    );
    const jwtOnly = doc({ token_endpoint_auth_methods_supported: ["private_key_jwt"] });
    expect(() => readDiscoveryDocument(ISSUER, jwtOnly, false)).toThrow(/neither/);
  });

  it.each([
    ["an issuer mismatch", doc({ issuer: "https://evil.example" }), /names the issuer/],
    ["a missing jwks_uri", doc({ jwks_uri: undefined }), /lacks jwks_uri/],
    ["an http endpoint", doc({ token_endpoint: "http://id.example.com/token" }), /https/],
    ["no code flow", doc({ response_types_supported: ["id_token"] }), /authorization code/],
    ["not an object", [1, 2], /not a JSON object/],
  ])("refuses %s with a readable reason", (_, body, reason) => {
    expect(() => readDiscoveryDocument(ISSUER, body, false)).toThrow(DiscoveryFailure);
    expect(() => readDiscoveryDocument(ISSUER, body, false)).toThrow(reason);
  });

  it("accepts http endpoints only when private networks are allowed", () => {
    const local = "http://127.0.0.1:4000";
    const body = doc({ issuer: local, token_endpoint: `${local}/token` });
    expect(readDiscoveryDocument(local, body, true).tokenEndpoint).toBe(`${local}/token`);
  });
});
