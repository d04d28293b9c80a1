/**
 * The request Better Auth sees, on the public origin (docs/library-facts.md#fact-22).
 *
 * Under `next start` a route handler's `request.url` is `http://localhost:PORT/...` whatever
 * the Host header says, and the provider compares a DPoP proof's `htu` with it. Rebuilding
 * the request on `BETTER_AUTH_URL`'s origin makes `htu` (and every URL the library derives
 * from the request) match what the client called.
 */
const AUTH_BASE_PATH = /^\/api\/auth/;

/** The incoming URL's path and query on the public origin. */
export function publicUrl(incomingUrl: string, publicOrigin: string): URL {
  const { pathname, search } = new URL(incomingUrl);
  return new URL(pathname + search, publicOrigin);
}

/** The provider endpoint a URL addresses, e.g. `/oauth2/token` for `/api/auth/oauth2/token`. */
export function endpointOf(url: URL): string {
  return url.pathname.replace(AUTH_BASE_PATH, "");
}

/**
 * A copy of `incoming` addressed to `url`, carrying `body` (already read and checked) instead
 * of the consumed stream. An absent body stays absent.
 */
export function rebuildRequest(incoming: Request, url: URL, body?: BodyInit): Request {
  return new Request(url, {
    method: incoming.method,
    headers: incoming.headers,
    body,
    redirect: "manual",
  });
}
