import { describe, expect, it } from "vitest";
import {
  MACHINE_SCOPES,
  SCOPES,
  SCOPE_CATALOGUE,
  isKnownScope,
  isMachineScope,
  parseScope,
} from "./scopes";

describe("scope catalogue", () => {
  it("describes every provider scope in words", () => {
    for (const scope of SCOPES) {
      expect(isKnownScope(scope), scope).toBe(true);
      if (isKnownScope(scope)) expect(SCOPE_CATALOGUE[scope].sentence.length).toBeGreaterThan(10);
    }
  });

  it("offers at least one machine scope and keeps user scopes out of it", () => {
    expect(MACHINE_SCOPES.length).toBeGreaterThan(0);
    expect(isMachineScope("api:read")).toBe(true);
    expect(isMachineScope("openid")).toBe(false);
  });

  it("parses a scope string into distinct scopes", () => {
    expect(parseScope("openid  email openid\tprofile")).toEqual(["openid", "email", "profile"]);
    expect(parseScope(undefined)).toEqual([]);
  });
});
