import { env } from "@/lib/env";
import { runWithRequestContext } from "@/lib/request-context";

/**
 * The boundary in front of Better Auth (DESIGN.md facts 18 and 22).
 *
 * PostgreSQL rejects 0x00 in text and jose errors are not mapped by the plugin, so some
 * malformed input reaches a 500 inside the library. This guard answers those requests with
 * the RFC error instead, rebuilds the request on the public origin (DPoP `htu`), and runs
 * the handler inside a request context that the organization step reads.
 */
type Handler = (request: Request) => Promise<Response>;

const MAX_BODY_BYTES = 64 * 1024;
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
    return json(401, { error: "invalid_client", error_description: description });
  }
  if (endpoint === "/oauth2/userinfo") {
    return json(400, { error, error_description: description }, {
      "www-authenticate": `Bearer error="${error}", error_description="${description}"`,
    });
  }
  return json(400, { error, error_description: description });
}

type Params = [string, string][];

function parseBody(contentType: string, text: string): Params | undefined {
  if (contentType.includes("application/x-www-form-urlencoded")) {
    return [...new URLSearchParams(text)];
  }
  if (contentType.includes("application/json")) {
    try {
      const value: unknown = JSON.parse(text);
      if (value && typeof value === "object" && !Array.isArray(value)) {
        return Object.entries(value).map(([k, v]) => [k, typeof v === "string" ? v : JSON.stringify(v)]);
      }
    } catch {
      return undefined;
    }
  }
  return undefined;
}

function findProblem(endpoint: string, params: Params, rawText: string) {
  if (rawText.includes("\u0000")) return { param: undefined, what: "contains a NUL byte" };
  const seen = new Set<string>();
  for (const [key, value] of params) {
    if (key.includes("\u0000") || value.includes("\u0000")) {
      return { param: key, what: `parameter ${JSON.stringify(key.replace(/\0/g, ""))} contains a NUL byte` };
    }
    if (SINGLE_VALUE_ENDPOINTS.has(endpoint) && seen.has(key)) {
      return { param: key, what: `parameter ${JSON.stringify(key)} is repeated` };
    }
    seen.add(key);
  }
  return undefined;
}

/** A 500 from the library on a token-bearing endpoint, for a token that is not ours. */
function recoverTokenEndpoint(endpoint: string, token: string | undefined): Response | undefined {
  if (!token || !JWT_SHAPE.test(token)) return undefined;
  if (endpoint === "/oauth2/userinfo") {
    return json(401, { error: "invalid_token", error_description: "The access token is invalid" }, {
      "www-authenticate": 'Bearer error="invalid_token", error_description="The access token is invalid"',
    });
  }
  if (endpoint === "/oauth2/introspect") return json(200, { active: false });
  if (endpoint === "/oauth2/revoke") return new Response(null, { status: 200 });
  return undefined;
}

export function guardAuthHandler(handlers: Record<string, Handler>) {
  const guarded = (handler: Handler): Handler => async (incoming) => {
    const original = new URL(incoming.url);
    const url = new URL(original.pathname + original.search, env.BETTER_AUTH_URL);
    const endpoint = url.pathname.replace(/^\/api\/auth/, "");

    let decodedPath: string;
    try {
      decodedPath = decodeURIComponent(url.pathname);
    } catch {
      return oauthError(endpoint, "invalid_request", "The request URL is malformed");
    }
    const queryProblem = decodedPath.includes("\u0000")
      ? { param: undefined, what: "the path contains a NUL byte" }
      : findProblem(endpoint, [...url.searchParams], "");
    if (queryProblem) {
      return oauthError(endpoint, "invalid_request", `The request ${queryProblem.what}`, queryProblem.param);
    }

    let body: ArrayBuffer | undefined;
    let params: Params = [];
    if (incoming.method !== "GET" && incoming.method !== "HEAD") {
      const declared = Number(incoming.headers.get("content-length") ?? 0);
      if (declared > MAX_BODY_BYTES) {
        return json(413, { error: "invalid_request", error_description: "The request body is too large" });
      }
      body = await incoming.arrayBuffer();
      if (body.byteLength > MAX_BODY_BYTES) {
        return json(413, { error: "invalid_request", error_description: "The request body is too large" });
      }
      const text = new TextDecoder().decode(body);
      params = parseBody(incoming.headers.get("content-type") ?? "", text) ?? [];
      const bodyProblem = findProblem(endpoint, params, text);
      if (bodyProblem) {
        return oauthError(endpoint, "invalid_request", `The request ${bodyProblem.what}`, bodyProblem.param);
      }
    }

    const request = new Request(url, {
      method: incoming.method,
      headers: incoming.headers,
      body,
      redirect: "manual",
    });
    const response = await runWithRequestContext({ pathname: url.pathname }, () => handler(request));
    if (response.status >= 500) {
      const bearer = incoming.headers.get("authorization")?.match(/^Bearer\s+(.+)$/i)?.[1];
      const token = params.find(([k]) => k === "token")?.[1] ?? bearer;
      const recovered = recoverTokenEndpoint(endpoint, token);
      if (recovered) {
        console.warn(`[gatehouse] ${endpoint}: library error for an unverifiable token, answered ${recovered.status}`);
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
