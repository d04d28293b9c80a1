import { base64Url } from "@better-auth/utils/base64";
import { createHash } from "@better-auth/utils/hash";
import { describe, expect, it } from "vitest";
import { hashStoredValue } from "./token-hash";

/** The provider's default hasher (`defaultHasher` in @better-auth/oauth-provider), rebuilt from
 * the same primitives it calls, to compare with. */
async function libraryHash(value: string) {
  const digest = await createHash("SHA-256").digest(new TextEncoder().encode(value));
  return base64Url.encode(new Uint8Array(digest), { padding: false });
}

describe("hashStoredValue", () => {
  it("gives the provider's default stored form for tokens and secrets", async () => {
    for (const value of [
      "",
      "a",
      "VGhpcyBpcyBhbiBvcGFxdWUgYWNjZXNzIHRva2Vu",
      "secret with spaces, ünïcödé and 🙂",
      "x".repeat(1000),
    ]) {
      expect(hashStoredValue(value)).toBe(await libraryHash(value));
    }
  });
});
