import { createHash } from "node:crypto";

/**
 * The provider's stored form of an opaque token or client secret, as its default `"hashed"`
 * method computes it (SHA-256 of the UTF-8 value, base64url without padding), but with
 * `node:crypto`'s synchronous hash instead of a WebCrypto `digest` job per call — the same bytes,
 * so rows written before and after compare equal (docs/library-facts.md#fact-113).
 */
export function hashStoredValue(value: string): string {
  return createHash("sha256").update(value, "utf8").digest("base64url");
}
