import { describe, expect, it } from "vitest";
import { openRegistrationProblem } from "./open-registration";

describe("registration without an initial access token", () => {
  const publicClient = {
    redirect_uris: ["http://127.0.0.1/cb"],
    token_endpoint_auth_method: "none",
  };

  it("accepts a public client with the code and refresh grants", () => {
    expect(openRegistrationProblem(publicClient)).toBeUndefined();
    expect(
      openRegistrationProblem({
        ...publicClient,
        grant_types: ["authorization_code", "refresh_token"],
      }),
    ).toBeUndefined();
  });

  it("refuses a confidential client, also when the method is left to the RFC 7591 default", () => {
    expect(
      openRegistrationProblem({
        ...publicClient,
        token_endpoint_auth_method: "client_secret_basic",
      }),
    ).toMatch(/public clients only/);
    expect(openRegistrationProblem({ redirect_uris: ["http://127.0.0.1/cb"] })).toMatch(
      /public clients only/,
    );
    expect(openRegistrationProblem(null)).toMatch(/public clients only/);
  });

  it("refuses other grants", () => {
    for (const grant_types of [
      ["client_credentials"],
      ["authorization_code", "urn:ietf:params:oauth:grant-type:device_code"],
      "authorization_code",
    ]) {
      expect(openRegistrationProblem({ ...publicClient, grant_types })).toMatch(
        /only the authorization_code and refresh_token/,
      );
    }
  });
});
