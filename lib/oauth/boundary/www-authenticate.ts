/**
 * The one builder of `WWW-Authenticate` challenges the boundary sends.
 *
 * RFC 6750 §3: the `error` and `error_description` values MUST NOT contain characters
 * outside %x20-21 / %x23-5B / %x5D-7E. That set leaves out `"` and `\`, so they cannot be
 * escaped as an RFC 9110 quoted-pair either: like control characters and non-ASCII, they are
 * dropped, and the quoted value can never be broken out of.
 */
const NOT_IN_CHALLENGE = /[^\x20\x21\x23-\x5B\x5D-\x7E]/g;

/** An auth-param value, reduced to what RFC 6750 §3 allows between the quotes. */
export function challengeValue(value: string): string {
  return value.replace(NOT_IN_CHALLENGE, "");
}

/**
 * `Basic`, or `Bearer error="invalid_token", error_description="…"`: the scheme, then each
 * parameter as `name="value"` in the given order.
 */
export function wwwAuthenticate(scheme: string, params: Record<string, string> = {}): string {
  const pairs = Object.entries(params).map(([name, value]) => `${name}="${challengeValue(value)}"`);
  return pairs.length ? `${scheme} ${pairs.join(", ")}` : scheme;
}
