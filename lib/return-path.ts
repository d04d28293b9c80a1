/**
 * The one check for every return path a page or action accepts (`redirect_to`, `continue`, …).
 *
 * A browser does not navigate to the string it is given but to what the WHATWG URL parser makes
 * of it: it strips leading and trailing C0 controls and spaces, drops every tab and newline
 * inside, and reads `\` as `/`. So `/%09/evil.example` (a tab once decoded) and `/\evil.example`
 * both become `//evil.example`, another site. We normalise the same way first, then allow only
 * a path on our own origin, and hand back the normalised form so the browser gets exactly what
 * was checked.
 */

const BASE = "http://return-path.invalid";
const MAX_LENGTH = 2048;

/** What the URL parser does before it reads a relative reference (WHATWG URL §4.4, basic URL parser). */
export function normaliseAsBrowser(value: string): string {
  return value
    .replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, "")
    .replace(/[\t\n\r]/g, "")
    .replace(/\\/g, "/");
}

/** A same-origin path (with query and fragment) to return to, or `fallback`. */
export function safeReturnPath(value: string | undefined | null, fallback = "/account"): string {
  if (typeof value !== "string" || value.length === 0 || value.length > MAX_LENGTH) return fallback;
  const cleaned = normaliseAsBrowser(value);
  // A path, not a scheme (`javascript:`), a host (`//evil`) or a relative segment (`evil`).
  if (!cleaned.startsWith("/") || cleaned.startsWith("//")) return fallback;
  // Anything else that still looks unusual after the parser's clean-up: refuse rather than guess.
  if (/[\u0000-\u001f\u007f\s]/.test(cleaned)) return fallback;
  let url: URL;
  try {
    url = new URL(cleaned, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // `/.//evil.example` resolves to the path `//evil.example`, which a browser reads as a host.
  if (!path.startsWith("/") || path.startsWith("//")) return fallback;
  return path;
}
