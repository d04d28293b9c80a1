import { describe, expect, it } from "vitest";
import {
  RETIRED_BY_HAND,
  nextKeyStateChange,
  publishedKeys,
  signingKeyStates,
} from "./signing-key-state";

const DAY = 86_400_000;
const now = new Date("2026-11-27T12:00:00Z");
const at = (days: number) => new Date(now.getTime() + days * DAY);
const GRACE = 7 * 86_400;

describe("signing key states", () => {
  it("the newest live key of an algorithm signs; a rotated one verifies until its grace ends", () => {
    const keys = [
      { id: "old", alg: "RS256", createdAt: at(-30), expiresAt: at(-2) },
      { id: "new", alg: "RS256", createdAt: at(-2), expiresAt: null },
    ];
    const states = signingKeyStates(keys, now, GRACE, "RS256");
    expect(states.get("new")?.state).toBe("signing");
    expect(states.get("old")).toMatchObject({
      state: "verification",
      stoppedSigningAt: at(-2),
      publishedUntil: at(5),
    });
    expect(publishedKeys(keys, now, GRACE, "RS256").map((k) => k.id)).toEqual(["old", "new"]);
    expect(nextKeyStateChange(keys, now, GRACE, "RS256")).toEqual(at(5));
  });

  it("retires a key once the grace period is over, and a key an admin retired at once", () => {
    const keys = [
      { id: "ancient", alg: "RS256", createdAt: at(-60), expiresAt: at(-40) },
      { id: "by-hand", alg: null, createdAt: at(-40), expiresAt: RETIRED_BY_HAND },
      { id: "current", alg: "RS256", createdAt: at(-1) },
    ];
    const states = signingKeyStates(keys, now, GRACE, "RS256");
    expect(states.get("ancient")?.state).toBe("retired");
    expect(states.get("by-hand")).toMatchObject({ state: "retired", retiredByHand: true });
    expect(publishedKeys(keys, now, GRACE, "RS256").map((k) => k.id)).toEqual(["current"]);
    expect(nextKeyStateChange(keys, now, GRACE, "RS256")).toBeNull();
  });

  it("a key rotated before it had an end stops signing when the next key was created", () => {
    const keys = [
      { id: "legacy", alg: "RS256", createdAt: at(-20), expiresAt: null },
      { id: "middle", alg: "RS256", createdAt: at(-3), expiresAt: null },
      { id: "newest", alg: "RS256", createdAt: at(-1), expiresAt: null },
    ];
    const states = signingKeyStates(keys, now, GRACE, "RS256");
    expect(states.get("newest")?.state).toBe("signing");
    expect(states.get("middle")).toMatchObject({ state: "verification", publishedUntil: at(6) });
    expect(states.get("legacy")).toMatchObject({ state: "verification", publishedUntil: at(4) });
  });

  it("keeps one signing key per algorithm", () => {
    const keys = [
      { id: "rsa", alg: "RS256", createdAt: at(-5) },
      { id: "ec", alg: "ES256", createdAt: at(-1) },
    ];
    const states = signingKeyStates(keys, now, GRACE, "RS256");
    expect(states.get("rsa")?.state).toBe("signing");
    expect(states.get("ec")?.state).toBe("signing");
  });

  it("a zero grace period retires a key the moment it stops signing", () => {
    const keys = [
      { id: "old", alg: "RS256", createdAt: at(-2), expiresAt: now },
      { id: "new", alg: "RS256", createdAt: now },
    ];
    expect(signingKeyStates(keys, now, 0, "RS256").get("old")?.state).toBe("retired");
  });
});
