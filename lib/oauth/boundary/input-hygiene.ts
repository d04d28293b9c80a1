/**
 * Input the library must never see (docs/library-facts.md#fact-18): PostgreSQL rejects 0x00 in text, so
 * a NUL byte anywhere in a parameter ends in a 500 inside Better Auth. Also refused: repeated
 * parameters where RFC 6749 §3.1/§3.2 forbid them, and over-long query values.
 * Each check takes plain values and returns the first problem found, or undefined.
 */
export type Param = [name: string, value: string];
export type Problem = { param?: string; description: string };

// Far above any parameter a client sends, below Node's 16 KiB limit on the request head.
export const MAX_QUERY_VALUE_CHARS = 8 * 1024;
// Endpoints whose parameters RFC 6749 §3.1/§3.2 say must not repeat.
const SINGLE_VALUE_ENDPOINTS = new Set([
  "/oauth2/authorize",
  "/oauth2/token",
  "/oauth2/introspect",
  "/oauth2/revoke",
  "/oauth2/end-session",
]);

/** NUL bytes, values over `maxValueChars`, and repeats on single-value endpoints. */
export function paramsProblem(
  endpoint: string,
  params: Param[],
  maxValueChars = Infinity,
): Problem | undefined {
  const seen = new Set<string>();
  for (const [key, value] of params) {
    const name = key.replace(/\0/g, "");
    if (key.includes("\0") || value.includes("\0")) {
      return { param: key, description: `Parameter ${name} contains a NUL byte` };
    }
    if (value.length > maxValueChars)
      return { param: key, description: `Parameter ${name} is too long` };
    if (SINGLE_VALUE_ENDPOINTS.has(endpoint) && seen.has(key)) {
      return { param: key, description: `Parameter ${name} is repeated` };
    }
    seen.add(key);
  }
  return undefined;
}

/** A path that does not decode or decodes to a NUL byte, then the query's parameters. */
export function urlProblem(url: URL, endpoint: string): Problem | undefined {
  let decodedPath: string;
  try {
    decodedPath = decodeURIComponent(url.pathname);
  } catch {
    return { description: "The request URL is malformed" };
  }
  if (decodedPath.includes("\0")) return { description: "The request path contains a NUL byte" };
  return paramsProblem(endpoint, [...url.searchParams], MAX_QUERY_VALUE_CHARS);
}

/** RFC 6749 §2.3.1 credentials are form-encoded inside Basic, so `%00` is a NUL byte too. */
export function basicCredentialsProblem(authorization: string | null): Problem | undefined {
  const encoded = authorization?.match(/^Basic +(\S+)/i)?.[1];
  if (!encoded || !/\0|%00/i.test(Buffer.from(encoded, "base64").toString())) return undefined;
  return { param: "client_id", description: "The Basic client credentials contain a NUL byte" };
}

// The consent and continue endpoints take the signed authorization query and the scope as
// strings; another JSON type there reaches the library and ends in a 500 (the seeded fuzz).
const STRING_FIELDS: Record<string, string[]> = {
  "/oauth2/consent": ["oauth_query", "scope"],
  "/oauth2/continue": ["oauth_query"],
};

function jsonTypeProblem(endpoint: string, json: unknown): Problem | undefined {
  const fields = STRING_FIELDS[endpoint];
  if (!fields || !json || typeof json !== "object") return undefined;
  for (const field of fields) {
    const value = (json as Record<string, unknown>)[field];
    if (value !== undefined && value !== null && typeof value !== "string") {
      return { param: field, description: `Parameter ${field} must be a string` };
    }
  }
  return undefined;
}

/** A body that is not UTF-8, did not parse, holds a raw NUL byte, or carries a bad parameter. */
export function bodyProblem(
  endpoint: string,
  body: { text: string; params?: Param[]; json?: unknown; invalidUtf8?: true },
): Problem | undefined {
  if (body.invalidUtf8) return { description: "The request body is not valid UTF-8" };
  if (!body.params) return { description: "The request body is not valid JSON" };
  if (body.text.includes("\0")) return { description: "The request body contains a NUL byte" };
  return jsonTypeProblem(endpoint, body.json) ?? paramsProblem(endpoint, body.params);
}
