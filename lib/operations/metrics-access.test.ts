import { describe, expect, it } from "vitest";
import { bearerMatches } from "./metrics-access";

describe("metrics bearer token", () => {
  const token = "metrics-token-0123456789";

  it("accepts the configured token", () => {
    expect(bearerMatches(`Bearer ${token}`, token)).toBe(true);
  });

  it("refuses a missing, wrong or differently shaped credential", () => {
    expect(bearerMatches(null, token)).toBe(false);
    expect(bearerMatches(`Bearer ${token}x`, token)).toBe(false);
    expect(bearerMatches(`Basic ${token}`, token)).toBe(false);
    expect(bearerMatches(token, token)).toBe(false);
  });
});
