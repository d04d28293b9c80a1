import { createHash, timingSafeEqual } from "node:crypto";
import { tryGetCurrentAuthEndpointContext } from "@better-auth/core/context";
import { generateRandomString } from "better-auth/crypto";
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
  scope?: unknown;
  grant_types?: unknown;
  post_logout_redirect_uris?: unknown;
};

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];

/**
 * Our registration policy on top of the plugin's RFC 7591 endpoint (docs/library-facts.md, facts 17,
 * 27 and 73), decided from the request before the plugin writes anything:
 * - the client keeps only the scopes it asked for (the plugin stores every provider scope);
 * - a `client_credentials` client may use the machine scopes it registered (all of them
 *   when it registered no scope), which the plugin otherwise stores as none;
 * - a client that registers `post_logout_redirect_uris` may use RP-initiated logout;
 * - the client is marked as dynamically registered (metadata `gatehouse_registration`).
 */
export function registrationPolicy(body: unknown) {
  const fields = (body && typeof body === "object" ? body : {}) as RegistrationBody;
  const requested = parseScope(typeof fields.scope === "string" ? fields.scope : undefined).filter(
    (s) => SCOPES.includes(s),
  );
  const isMachine = strings(fields.grant_types).includes("client_credentials");
  const clientCredentialsScopes = isMachine
    ? requested.length > 0
      ? requested.filter(isMachineScope)
      : [...MACHINE_SCOPES]
    : [];
  return {
    scopes: requested,
    clientCredentialsScopes,
    enableEndSession: strings(fields.post_logout_redirect_uris).length > 0,
  };
}

/** DCR metadata naming the resources a client is the resource server of (token registrations). */
export const RESOURCE_SERVER_FOR = "resource_server_for";
const MAX_RESOURCES = 20;

/** What is wrong with a `resource_server_for` value's shape, if anything. */
export function resourceServerForProblem(value: unknown): string | undefined {
  const shaped =
    Array.isArray(value) &&
    value.length <= MAX_RESOURCES &&
    value.every((v) => typeof v === "string" && v.length > 0 && v.length <= 2048);
  return shaped
    ? undefined
    : `${RESOURCE_SERVER_FOR} must be an array of at most ${MAX_RESOURCES} resource identifiers`;
}

/** Context key (set by our before-hook) holding the client id chosen for this registration. */
export const PENDING_CLIENT_ID = "gatehouseRegistrationClientId";

/** The plugin's own client id format (32 letters). */
export const newClientId = () => generateRandomString(32, "a-z", "A-Z");

/**
 * `oauthProvider({ generateClientId })`: inside a dynamic registration, the id our before-hook
 * stored the policy under; elsewhere a fresh id, as the plugin would make.
 */
export function generateClientId(): string {
  const pending = (tryGetCurrentAuthEndpointContext() as Record<string, unknown> | undefined)?.[
    PENDING_CLIENT_ID
  ];
  return typeof pending === "string" ? pending : newClientId();
}
