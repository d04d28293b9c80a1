import { env } from "@/lib/env";
import { runWithRequestContext } from "@/lib/request-context";

/**
 * The boundary in front of Better Auth (DESIGN.md facts 18 and 22).
 *
 * PostgreSQL rejects 0x00 in text and jose errors are not mapped by the plugin, so some
 * malformed input reaches a 500 inside the library, and better-call answers unparsable
 * bodies in its own shape. This guard answers those requests with the RFC error instead,
 * rebuilds the request on the public origin (DPoP `htu`), and runs the handler inside a
 * request context that the organization step reads.
 */
type Handler = (request: Request) => Promise<Response>;

const MAX_BODY_BYTES = 64 * 1024;
// Far above any parameter a client sends, below Node's 16 KiB limit on the request head.
const MAX_QUERY_VALUE_CHARS = 8 * 1024;
const CLIENT_PARAMS = new Set(["client_id", "client_secret", "client_assertion"]);
// Endpoints that a browser navigates to: their errors belong on our /error page.
const BROWSER_ENDPOINTS = new Set(["/oauth2/authorize", "/oauth2/end-session"]);
// Endpoints whose parameters RFC 6749 §3.1/§3.2 say must not repeat.
const SINGLE_VALUE_ENDPOINTS = new Set([
  "/oauth2/authorize",
  "/oauth2/token",
  "/oauth2/introspect",
  "/oauth2/revoke",
  "/oauth2/end-session",
]);
const JWT_SHAPE = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*$/;
// The characters RFC 6750 §3 allows inside a quoted error_description.
const NOT_IN_CHALLENGE = /[^\x20\x21\x23-\x5B\x5D-\x7E]/g;

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  Response.json(body, {
    status,
    headers: { "cache-control": "no-store", pragma: "no-cache", ...headers },
  });

function oauthError(endpoint: string, error: string, description: string, param?: string) {
  if (BROWSER_ENDPOINTS.has(endpoint)) {
    const url = new URL("/error", env.BETTER_AUTH_URL);
    url.searchParams.set("error", error);
    url.searchParams.set("error_description", description);
    return Response.redirect(url, 302);
  }
  if (param && CLIENT_PARAMS.has(param)) {
    // RFC 6749 §5.2; RFC 9110 §15.5.2 wants a challenge with every 401.
    const body = { error: "invalid_client", error_description: description };
    return json(401, body, { "www-authenticate": "Basic" });
  }
  if (endpoint === "/oauth2/userinfo") {
    const challenge = `Bearer error="${error}", error_description="${description.replace(NOT_IN_CHALLENGE, "")}"`;
    return json(400, { error, error_description: description }, { "www-authenticate": challenge });
  }
  return json(400, { error, error_description: description });
}

type Params = [string, string][];
type Problem = { param?: string; description: string };

/** Every value of a JSON body under its top-level key, so that nested strings are checked too. */
function flatten(key: string, value: unknown): Params {
  if (value === null || typeof value !== "object") return [[key, String(value)]];
  return Object.entries(value).flatMap(([k, v]) => flatten(Array.isArray(value) ? key : k, v));
}

/** The parameters as the library will parse them (better-call's getBody); undefined if unparsable. */
function parseBody(contentType: string, text: string): Params | undefined {
  if (/^application\/([a-z0-9.+-]*\+)?json/.test(contentType)) {
    try {
      return flatten("", JSON.parse(text));
    } catch {
      return undefined;
    }
  }
  if (contentType.includes("application/x-www-form-urlencoded"))
    return [...new URLSearchParams(text)];
  return [];
}

function findProblem(
  endpoint: string,
  params: Params,
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

/** RFC 6749 §2.3.1 credentials are form-encoded inside Basic, so `%00` is a NUL byte too. */
function basicCredentialsHaveNul(authorization: string | null): boolean {
  const encoded = authorization?.match(/^Basic +(\S+)/i)?.[1];
  return !!encoded && /\0|%00/i.test(Buffer.from(encoded, "base64").toString());
}

/** Reads the body, stopping as soon as it passes the limit whatever Content-Length says. */
async function readBody(request: Request): Promise<Buffer<ArrayBuffer> | "too large"> {
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) return "too large";
  const reader = request.body?.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (let chunk = await reader?.read(); chunk && !chunk.done; chunk = await reader?.read()) {
    chunks.push(chunk.value);
    size += chunk.value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader?.cancel();
      return "too large";
    }
  }
  return Buffer.concat(chunks);
}

/** A 500 from the library on a token-bearing endpoint, for a token that is not ours. */
function recoverTokenEndpoint(
  endpoint: string,
  token?: string,
  scheme = "Bearer",
): Response | undefined {
  if (!token || !JWT_SHAPE.test(token)) return undefined;
  if (endpoint === "/oauth2/userinfo") {
    return json(
      401,
      { error: "invalid_token", error_description: "The access token is invalid" },
      {
        "www-authenticate": `${scheme} error="invalid_token", error_description="The access token is invalid"`,
      },
    );
  }
  if (endpoint === "/oauth2/introspect") return json(200, { active: false });
  if (endpoint === "/oauth2/revoke") return new Response(null, { status: 200 });
  return undefined;
}

export function guardAuthHandler(handlers: Record<string, Handler>) {
  const guarded =
    (handler: Handler): Handler =>
    async (incoming) => {
      const original = new URL(incoming.url);
      const url = new URL(original.pathname + original.search, env.BETTER_AUTH_URL);
      const endpoint = url.pathname.replace(/^\/api\/auth/, "");
      const reject = (p: Problem) =>
        oauthError(endpoint, "invalid_request", p.description, p.param);

      let decodedPath: string;
      try {
        decodedPath = decodeURIComponent(url.pathname);
      } catch {
        return reject({ description: "The request URL is malformed" });
      }
      const queryProblem = decodedPath.includes("\0")
        ? { description: "The request path contains a NUL byte" }
        : findProblem(endpoint, [...url.searchParams], MAX_QUERY_VALUE_CHARS);
      if (queryProblem) return reject(queryProblem);
      if (basicCredentialsHaveNul(incoming.headers.get("authorization"))) {
        return reject({
          param: "client_id",
          description: "The Basic client credentials contain a NUL byte",
        });
      }

      let body: Buffer<ArrayBuffer> | undefined;
      let params: Params = [];
      if (incoming.method !== "GET" && incoming.method !== "HEAD") {
        const read = await readBody(incoming);
        if (read === "too large") {
          return json(413, {
            error: "invalid_request",
            error_description: "The request body is too large",
          });
        }
        if (read.byteLength > 0) {
          const text = new TextDecoder().decode(read);
          const parsed = parseBody(incoming.headers.get("content-type")?.toLowerCase() ?? "", text);
          if (!parsed) return reject({ description: "The request body is not valid JSON" });
          const problem = text.includes("\0")
            ? { description: "The request body contains a NUL byte" }
            : findProblem(endpoint, parsed);
          if (problem) return reject(problem);
          // An empty body stays absent: the library reads an empty stream as a malformed body.
          body = read;
          params = parsed;
        }
      }

      const request = new Request(url, {
        method: incoming.method,
        headers: incoming.headers,
        body,
        redirect: "manual",
      });
      const response = await runWithRequestContext({ pathname: url.pathname }, () =>
        handler(request),
      );
      if (response.status === 415) {
        // better-call answers an unsupported media type in its own shape, not as RFC 6749 §5.2 does.
        return reject({ description: "The request content type is not supported here" });
      }
      if (response.status >= 500) {
        const [, scheme, bearer] =
          incoming.headers.get("authorization")?.match(/^(Bearer|DPoP)\s+(\S+)$/i) ?? [];
        const token = params.find(([k]) => k === "token")?.[1] ?? bearer;
        const recovered = recoverTokenEndpoint(endpoint, token, scheme);
        if (recovered) {
          console.warn(
            `[gatehouse] ${endpoint}: library error for an unverifiable token, answered ${recovered.status}`,
          );
          return recovered;
        }
      }
      return response;
    };
  return Object.fromEntries(Object.entries(handlers).map(([m, h]) => [m, guarded(h)])) as Record<
    keyof typeof handlers,
    Handler
  >;
}
