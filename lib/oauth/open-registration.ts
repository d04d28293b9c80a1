import { APIError, getSessionFromCtx } from "better-auth/api";
import { env } from "@/lib/env";
import type { HookContext } from "@/lib/hook-context";

/** The grants an openly registered (public) client may use. */
const OPEN_GRANTS = new Set(["authorization_code", "refresh_token"]);

/**
 * Why RFC 7591 metadata may not be registered without a token (OPEN_REGISTRATION=true), or
 * undefined when it may: public clients only (`token_endpoint_auth_method: "none"`, which must
 * be explicit, RFC 7591 defaults to `client_secret_basic`) using `authorization_code` and
 * `refresh_token` (docs/library-facts.md#fact-81).
 */
export function openRegistrationProblem(body: unknown): string | undefined {
  const fields = (body && typeof body === "object" ? body : {}) as Record<string, unknown>;
  if (fields.token_endpoint_auth_method !== "none") {
    return 'Registration without an initial access token is for public clients only: set token_endpoint_auth_method to "none".';
  }
  const grants = fields.grant_types ?? ["authorization_code"];
  if (!Array.isArray(grants) || grants.some((g) => !OPEN_GRANTS.has(g as string))) {
    return "Registration without an initial access token allows only the authorization_code and refresh_token grants.";
  }
  return undefined;
}

/**
 * Before-hook on `/oauth2/register`: the provider's open mode
 * (`allowUnauthenticatedClientRegistration`) would also register confidential clients and hand
 * out a secret; ours refuses them with `invalid_client_metadata`. Token-backed and admin-session
 * registrations are untouched (the provider checks the token itself). Openly registered clients
 * have no owner reference, so they are unverified (lib/oauth/client-trust.ts).
 */
export async function refuseOpenConfidentialRegistration(ctx: HookContext) {
  if (ctx.path !== "/oauth2/register" || !env.OPEN_REGISTRATION) return;
  if (ctx.headers?.get("authorization")) return;
  if (await getSessionFromCtx(ctx)) return;
  const problem = openRegistrationProblem(ctx.body);
  if (problem) {
    throw new APIError("BAD_REQUEST", {
      error: "invalid_client_metadata",
      error_description: problem,
    });
  }
}
