import type { Param } from "./input-hygiene";

/**
 * CORS for browser apps on their own origin (issue 9), one policy per endpoint:
 * - discovery, RFC 8414 metadata and JWKS are public documents: any origin (`*`);
 * - token, UserInfo, introspection, revocation and end-session answer the origin of a registered
 *   client's redirect URI: the requesting client's when the request names it (`client_id` or
 *   HTTP Basic), otherwise (UserInfo, preflights, which carry no body) any enabled client's.
 * Never `Access-Control-Allow-Credentials`: cookie-authenticated answers stay unreadable to other
 * origins. Every answer of a client endpoint says `Vary: Origin`; an origin we do not know gets
 * no `Access-Control-*` header at all.
 */
export type OriginCheck = (origin: string, clientId?: string) => Promise<boolean>;

const PUBLIC_ENDPOINTS = new Set([
  "/.well-known/openid-configuration",
  "/.well-known/oauth-authorization-server",
  "/jwks",
]);
const CLIENT_ENDPOINTS = new Set([
  "/oauth2/token",
  "/oauth2/userinfo",
  "/oauth2/introspect",
  "/oauth2/revoke",
  "/oauth2/end-session",
]);
const ALLOW_METHODS = "GET, POST, OPTIONS";
const ALLOW_HEADERS = "Authorization, Content-Type, DPoP";
const EXPOSE_HEADERS = "WWW-Authenticate, DPoP-Nonce";
const MAX_AGE = "600";

export type CorsPolicy = "public" | "client" | null;

export function corsPolicy(endpoint: string): CorsPolicy {
  if (PUBLIC_ENDPOINTS.has(endpoint)) return "public";
  if (CLIENT_ENDPOINTS.has(endpoint)) return "client";
  return null;
}

/** The client a request names: `client_id` in the body or query, else the HTTP Basic user. */
export function namedClient(
  params: Param[],
  url: URL,
  authorization: string | null,
): string | undefined {
  const inBody = params.find(([name]) => name === "client_id")?.[1];
  if (inBody) return inBody;
  const inQuery = url.searchParams.get("client_id");
  if (inQuery) return inQuery;
  const [, basic] = authorization?.match(/^Basic\s+(\S+)$/i) ?? [];
  if (!basic) return undefined;
  const user = Buffer.from(basic, "base64").toString("utf8").split(":")[0];
  try {
    return user ? decodeURIComponent(user) : undefined;
  } catch {
    return undefined;
  }
}

/** The `Access-Control-*` headers for `origin` under `policy`, or none. */
async function corsHeaders(
  policy: CorsPolicy,
  origin: string | null,
  allowed: () => Promise<boolean>,
): Promise<Record<string, string>> {
  if (!policy || !origin) return {};
  if (policy === "public") return { "access-control-allow-origin": "*" };
  return (await allowed()) ? { "access-control-allow-origin": origin } : {};
}

/** The answer to `OPTIONS` (a CORS preflight) under `policy`. */
export async function preflight(
  policy: CorsPolicy,
  origin: string | null,
  check: OriginCheck,
): Promise<Response> {
  const headers = new Headers(await corsHeaders(policy, origin, () => check(origin!)));
  if (policy === "client") headers.set("vary", "Origin");
  if (headers.has("access-control-allow-origin")) {
    headers.set(
      "access-control-allow-methods",
      policy === "public" ? "GET, OPTIONS" : ALLOW_METHODS,
    );
    headers.set("access-control-allow-headers", ALLOW_HEADERS);
    headers.set("access-control-max-age", MAX_AGE);
  }
  return new Response(null, { status: 204, headers });
}

/** `response` with the CORS headers for the request's origin (a copy: library headers may be immutable). */
export async function withCors(
  response: Response,
  request: { policy: CorsPolicy; origin: string | null; clientId?: string },
  check: OriginCheck,
): Promise<Response> {
  const { policy, origin, clientId } = request;
  if (!policy) return response;
  const cors = await corsHeaders(policy, origin, () => check(origin!, clientId));
  const headers = new Headers(response.headers);
  for (const [name, value] of Object.entries(cors)) headers.set(name, value);
  if (cors["access-control-allow-origin"]) {
    headers.set("access-control-expose-headers", EXPOSE_HEADERS);
  }
  if (policy === "client") headers.append("vary", "Origin");
  return new Response(response.body, {
    status: response.status,
    statusText: response.statusText,
    headers,
  });
}

const anyOrigin: OriginCheck = async () => true;

/** The CORS headers of a public document (discovery, JWKS) for a request from `origin`. */
export function publicCorsHeaders(origin: string | undefined): Record<string, string> {
  return origin
    ? { "access-control-allow-origin": "*", "access-control-expose-headers": EXPOSE_HEADERS }
    : {};
}

/** Public documents outside `/api/auth` (the root discovery routes): any origin. */
export const publicCors = (response: Response, request: Request) =>
  withCors(response, { policy: "public", origin: request.headers.get("origin") }, anyOrigin);
export const publicPreflight = (request: Request) =>
  preflight("public", request.headers.get("origin"), anyOrigin);
