import { createHash, timingSafeEqual } from "node:crypto";
import { APIError } from "better-auth/api";
import type { HookContext } from "@/lib/hook-context";
import { MACHINE_SCOPES, SCOPES, isMachineScope, parseScope } from "./scopes";

/** Owner reference shared by admin-created and token-registered clients (docs/architecture.md, "Roles and ownership"). */
export const PLATFORM_REFERENCE = "platform";

const digest = (value: string) => createHash("sha256").update(value).digest();

/** RFC 7591 initial access token check, in constant time whatever the lengths. */
export function initialAccessTokenValidator(expected: string | undefined) {
  if (!expected) return undefined;
  const expectedDigest = digest(expected);
  return ({ initialAccessToken }: { initialAccessToken: string }) =>
    timingSafeEqual(digest(initialAccessToken), expectedDigest)
      ? { referenceId: PLATFORM_REFERENCE }
      : (false as const);
}

/** Metadata key our register hook sets on every dynamically registered client. */
export const REGISTRATION_SOURCE = "gatehouse_registration";

/** oauth_client.metadata as stored by the plugin (a JSON string in a jsonb column, or JSON). */
export function parseMetadata(value: unknown): Record<string, unknown> {
  let parsed = value;
  if (typeof parsed === "string") {
    try {
      parsed = JSON.parse(parsed);
    } catch {
      return {};
    }
  }
  return parsed && typeof parsed === "object" && !Array.isArray(parsed)
    ? (parsed as Record<string, unknown>)
    : {};
}

type RegistrationBody = {
  scope?: string;
  grant_types?: string[];
  post_logout_redirect_uris?: string[];
};

/**
 * Our registration policy on top of the plugin's RFC 7591 endpoint (docs/library-facts.md, facts 17 and 27):
 * - the client keeps only the scopes it asked for (the plugin stores every provider scope);
 * - a `client_credentials` client may use the machine scopes it registered (all of them
 *   when it registered no scope), which the plugin otherwise stores as none;
 * - a client that registers `post_logout_redirect_uris` may use RP-initiated logout;
 * - the client is marked as dynamically registered (metadata `gatehouse_registration`).
 */
export async function applyRegistrationPolicy(ctx: HookContext) {
  if (ctx.path !== "/oauth2/register") return;
  const returned = ctx.context.returned as Record<string, unknown> | undefined;
  if (!returned || returned instanceof Response || returned instanceof APIError) return;
  const clientId = returned.client_id;
  if (typeof clientId !== "string") return;

  const body = (ctx.body ?? {}) as RegistrationBody;
  const requested = parseScope(body.scope).filter((s) => SCOPES.includes(s));
  const granted = parseScope(typeof returned.scope === "string" ? returned.scope : "");
  const scopes = requested.length > 0 ? requested.filter((s) => granted.includes(s)) : granted;
  const isMachine = (body.grant_types ?? []).includes("client_credentials");
  const clientCredentialsScopes = isMachine
    ? requested.length > 0
      ? requested.filter(isMachineScope)
      : [...MACHINE_SCOPES]
    : [];
  const enableEndSession = (body.post_logout_redirect_uris ?? []).length > 0;

  // Mark the client as self-registered (the consent page shows it as unverified). Written
  // here, after the plugin stored the registrant's metadata, so a registrant cannot forge it.
  const stored = await ctx.context.adapter.findOne<{ metadata?: unknown }>({
    model: "oauthClient",
    where: [{ field: "clientId", value: clientId }],
  });
  const metadata = JSON.stringify({
    ...parseMetadata(stored?.metadata),
    [REGISTRATION_SOURCE]: "dynamic",
  });

  await ctx.context.adapter.update({
    model: "oauthClient",
    where: [{ field: "clientId", value: clientId }],
    update: { scopes, clientCredentialsScopes, enableEndSession, metadata, updatedAt: new Date() },
  });
  return ctx.json({ ...returned, scope: scopes.join(" ") }, { status: 201 });
}
