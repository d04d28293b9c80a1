import "server-only";
import { auth } from "@/lib/auth";

export type SearchParams = Record<string, string | string[] | undefined>;

/** The page's query string exactly as received: the OAuth part is HMAC-signed (fact 4). */
export function queryString(params: SearchParams): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) {
      search.append(key, v);
    }
  }
  const s = search.toString();
  return s ? `?${s}` : "";
}

export const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** Same-origin relative paths only, for `redirect_to`. */
export function safeReturnPath(value: string | undefined, fallback = "/account"): string {
  return value && value.startsWith("/") && !value.startsWith("//") && !value.startsWith("/\\")
    ? value
    : fallback;
}

export type PublicClient = { name: string; logoUri?: string; clientUri?: string };

/** The app a signed authorization query is for, before sign-in (the plugin's prelogin lookup). */
export async function preloginClient(params: SearchParams): Promise<PublicClient | undefined> {
  const clientId = first(params.client_id);
  if (!clientId || !first(params.sig)) return undefined;
  try {
    const client = await auth.api.getOAuthClientPublicPrelogin({
      body: { client_id: clientId, oauth_query: queryString(params).slice(1) },
    });
    return {
      name: client.client_name ?? "an application",
      logoUri: client.logo_uri ?? undefined,
      clientUri: client.client_uri ?? undefined,
    };
  } catch {
    return undefined;
  }
}
