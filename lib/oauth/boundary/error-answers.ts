import type { Problem } from "./input-hygiene";
import { wwwAuthenticate } from "./www-authenticate";

/**
 * The answers the boundary gives instead of the library's: RFC 6749 §5.2 error bodies, the
 * RFC 6750 §3 challenge at UserInfo, RFC 7662 §2.2 / RFC 7009 §2.2 answers for tokens that
 * are not ours, and, for endpoints a browser navigates to, our /error page.
 */

// Endpoints that a browser navigates to: their errors belong on our /error page.
const BROWSER_ENDPOINTS = new Set(["/oauth2/authorize", "/oauth2/end-session"]);
// A bad value in one of these is a client authentication failure (RFC 6749 §5.2).
const CLIENT_PARAMS = new Set(["client_id", "client_secret", "client_assertion"]);

/** A JSON answer that no cache keeps (RFC 6749 §5.1). */
export const noStoreJson = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  Response.json(body, {
    status,
    headers: { "cache-control": "no-store", pragma: "no-cache", ...headers },
  });

/** `invalid_request` (or `invalid_client` for a client parameter) in the endpoint's manner. */
export function rejectRequest(endpoint: string, problem: Problem, publicOrigin: string): Response {
  const error = "invalid_request";
  const { description, param } = problem;
  if (BROWSER_ENDPOINTS.has(endpoint)) {
    const url = new URL("/error", publicOrigin);
    url.searchParams.set("error", error);
    url.searchParams.set("error_description", description);
    return Response.redirect(url, 302);
  }
  if (param && CLIENT_PARAMS.has(param)) {
    // RFC 9110 §15.5.2 wants a challenge with every 401.
    const body = { error: "invalid_client", error_description: description };
    return noStoreJson(401, body, { "www-authenticate": wwwAuthenticate("Basic") });
  }
  const body = { error, error_description: description };
  if (endpoint === "/oauth2/userinfo") {
    const challenge = wwwAuthenticate("Bearer", body);
    return noStoreJson(400, body, { "www-authenticate": challenge });
  }
  return noStoreJson(400, body);
}

/** 413 for a body over the limit, on every endpoint. */
export const bodyTooLarge = () =>
  noStoreJson(413, {
    error: "invalid_request",
    error_description: "The request body is too large",
  });

/**
 * The answer for a token the server cannot verify (JWT-shaped, not ours), where the endpoint
 * has one: 401 `invalid_token` at UserInfo under the scheme the client used, `active: false`
 * at introspection, 200 at revocation. Undefined elsewhere.
 */
export function unverifiableTokenAnswer(endpoint: string, scheme = "Bearer") {
  if (endpoint === "/oauth2/userinfo") {
    const body = { error: "invalid_token", error_description: "The access token is invalid" };
    return noStoreJson(401, body, { "www-authenticate": wwwAuthenticate(scheme, body) });
  }
  if (endpoint === "/oauth2/introspect") return noStoreJson(200, { active: false });
  if (endpoint === "/oauth2/revoke") return new Response(null, { status: 200 });
  return undefined;
}
