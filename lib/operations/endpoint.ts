/**
 * Names a request for logs and metrics by a fixed vocabulary, so label values stay few and no
 * path segment (a reset token, an id) becomes a metric label.
 */
const AUTH_ENDPOINTS: Record<string, string> = {
  "/oauth2/authorize": "authorize",
  "/oauth2/token": "token",
  "/oauth2/userinfo": "userinfo",
  "/oauth2/introspect": "introspect",
  "/oauth2/revoke": "revoke",
  "/oauth2/register": "register",
  "/oauth2/end-session": "end_session",
  "/oauth2/consent": "consent",
  "/oauth2/continue": "continue",
  "/device/code": "device_authorization",
  "/jwks": "jwks",
  "/.well-known/openid-configuration": "discovery",
  "/sign-in/email": "sign_in",
  "/sign-up/email": "sign_up",
};

const ROOT_ENDPOINTS: Record<string, string> = {
  "/.well-known/openid-configuration": "discovery",
  "/.well-known/oauth-authorization-server/api/auth": "discovery",
  "/api/health": "health",
  "/api/ready": "ready",
  "/api/metrics": "metrics",
};

export function endpointLabel(pathname: string): string {
  if (pathname.startsWith("/api/auth/")) {
    return AUTH_ENDPOINTS[pathname.slice("/api/auth".length)] ?? "auth_other";
  }
  if (ROOT_ENDPOINTS[pathname]) return ROOT_ENDPOINTS[pathname];
  if (pathname.startsWith("/_next/")) return "static";
  return "page";
}

// Segments that can carry a one-time secret in the path (Better Auth's reset-password link is
// `/api/auth/reset-password/<token>`), and long token-like segments in general.
const SECRET_AFTER = /^(\/api\/auth\/(?:reset-password|verify-email|magic-link)\/)[^/]+/;
const TOKEN_LIKE = /^[A-Za-z0-9_~.-]{24,}$/;

/** The path as it may appear in a log line: no query string, no token-like segment. */
export function loggablePath(pathname: string): string {
  const path = pathname.replace(SECRET_AFTER, "$1:token");
  return path
    .split("/")
    .map((segment) => (TOKEN_LIKE.test(segment) ? ":value" : segment))
    .join("/")
    .slice(0, 200);
}
