import { describe, expect, it } from "vitest";
import { PLATFORM_REFERENCE, initialAccessTokenValidator } from "./registration";

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
