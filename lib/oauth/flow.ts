import "server-only";
import { auth } from "@/lib/auth";
import { safeReturnPath } from "@/lib/return-path";

export { safeReturnPath };

export type SearchParams = Record<string, string | string[] | undefined>;

/** The page's query string exactly as received: the OAuth part is HMAC-signed (docs/library-facts.md#fact-4). */
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

const SIGNATURE_PARAMS = new Set(["sig", "exp", "ba_iat", "ba_param", "ba_pl"]);

/** True when the page was reached from an authorization request (it carries the signed query). */
export const inFlow = (params: SearchParams) => !!first(params.sig) && !!first(params.client_id);

/**
 * Where a person continues after a step that leaves the page (an email link): inside an OAuth
 * flow, the authorization request again without its signature (the provider re-signs it and,
 * now that a session exists, goes on to consent); otherwise `redirect_to` or /account.
 */
export function continueTarget(params: SearchParams): string {
  if (!inFlow(params)) return safeReturnPath(first(params.redirect_to));
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (SIGNATURE_PARAMS.has(key) || key === "redirect_to") continue;
    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) {
      if (key !== "prompt") search.append(key, v);
      else {
        // Signed in by the link, the account exists: neither login nor create is asked again.
        const prompt = v.split(" ").filter((p) => p && p !== "login" && p !== "create");
        if (prompt.length) search.append(key, prompt.join(" "));
      }
    }
  }
  return `/api/auth/oauth2/authorize?${search}`;
}

/** The verification link's landing page, which then offers to continue to `target`. */
export const verifyEmailCallback = (target: string) =>
  `/verify-email?${new URLSearchParams({ continue: target })}`;

/**
 * Where the sign-in and sign-up islands send a person: `returnTo` after signing in here,
 * `verifyCallback` for the email link when the address still needs verifying.
 */
export const signInTargets = (params: SearchParams) => ({
  returnTo: safeReturnPath(first(params.redirect_to)),
  verifyCallback: verifyEmailCallback(continueTarget(params)),
});
