/**
 * Redirect URI policy of the admin console (OAuth 2.1 §2.3.1, RFC 8252 §7): exact absolute
 * URIs, no fragment, no wildcard, no userinfo; https everywhere except that native apps may
 * use http on a loopback host and a private-use (reverse-domain) scheme.
 */
export type RedirectUriKind = "web" | "native";

const LOOPBACK_HOSTS = new Set(["127.0.0.1", "[::1]", "localhost"]);
// A private-use scheme must be a reverse domain name, e.g. com.example.app (RFC 8252 §7.1).
const REVERSE_DOMAIN_SCHEME = /^[a-z][a-z0-9-]*(\.[a-z0-9-]+)+$/;
const FORBIDDEN_SCHEMES = new Set(["javascript", "data", "file", "vbscript", "blob", "about"]);

export function isLoopbackHost(hostname: string): boolean {
  return LOOPBACK_HOSTS.has(hostname);
}

/** Returns why `value` is not an acceptable redirect URI, or null when it is. */
export function redirectUriProblem(value: string, kind: RedirectUriKind): string | null {
  const uri = value.trim();
  if (!uri) return "Enter a URI.";
  if (uri.includes("*")) return `${uri}: wildcards are not allowed; register each exact URI.`;
  if (uri.includes("#")) return `${uri}: a redirect URI must not contain a fragment (#).`;
  if (/\s/.test(uri)) return `${uri}: a URI must not contain spaces.`;
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    return `${uri}: not an absolute URI (start with https://).`;
  }
  if (url.username || url.password) return `${uri}: user information (user@host) is not allowed.`;
  const scheme = url.protocol.slice(0, -1).toLowerCase();
  if (scheme === "https") return url.hostname ? null : `${uri}: the URI needs a host.`;
  if (scheme === "http") {
    if (kind === "native" && isLoopbackHost(url.hostname)) return null;
    return kind === "native"
      ? `${uri}: http is allowed only on a loopback host (127.0.0.1, [::1], localhost).`
      : `${uri}: use https (http is allowed only for native apps on a loopback host).`;
  }
  if (FORBIDDEN_SCHEMES.has(scheme)) return `${uri}: the ${scheme}: scheme is not allowed.`;
  if (kind !== "native") return `${uri}: custom schemes are allowed for native apps only.`;
  if (!REVERSE_DOMAIN_SCHEME.test(scheme)) {
    return `${uri}: a custom scheme must be a reverse domain name, e.g. com.example.app:/callback.`;
  }
  if (url.host)
    return `${uri}: write a custom-scheme URI without a host, e.g. ${scheme}:/callback.`;
  return null;
}

/** Splits a textarea (one URI per line, or comma/space separated) into unique URIs. */
export function splitUris(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[\s,]+/)
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
}

/** Validates a list; returns the URIs and one message per bad URI. */
export function checkRedirectUris(
  text: string,
  kind: RedirectUriKind,
): { uris: string[]; problems: string[] } {
  const uris = splitUris(text);
  const problems = uris
    .map((uri) => redirectUriProblem(uri, kind))
    .filter((p): p is string => p !== null);
  return { uris, problems };
}
