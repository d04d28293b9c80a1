import { APIError } from "better-auth/api";
import { existingResourceIdentifiers } from "@/db/queries/resources";
import { dropRegistrationPolicy, storeRegistrationPolicy } from "@/db/writes/registration-policy";
import { env } from "@/lib/env";
import type { HookContext } from "@/lib/hook-context";
import {
  PENDING_CLIENT_ID,
  RESOURCE_SERVER_FOR,
  initialAccessTokenValidator,
  newClientId,
  registrationPolicy,
  resourceServerForProblem,
} from "./registration";

/**
 * Before-hook: checks what the plugin does not know (`resource_server_for`), chooses the client
 * id and stores the policy under it, so the client row's own INSERT applies it (no crash can
 * leave a client with more than it asked for). A refusal here is a 400 before anything is written.
 */
export async function prepareRegistration(ctx: HookContext) {
  if (ctx.path !== "/oauth2/register") return;
  const resourceServerFor = await checkResourceServerFor(ctx);
  const clientId = newClientId();
  await storeRegistrationPolicy({ clientId, ...registrationPolicy(ctx.body) }, resourceServerFor);
  return { context: { [PENDING_CLIENT_ID]: clientId } };
}

const refuseMetadata = (description: string): never => {
  throw new APIError("BAD_REQUEST", {
    error: "invalid_client_metadata",
    error_description: description,
  });
};

/** The same check the plugin makes of `Authorization: Bearer <initial access token>`. */
async function hasInitialAccessToken(ctx: HookContext): Promise<boolean> {
  const validate = initialAccessTokenValidator(env.INITIAL_ACCESS_TOKEN);
  const [, token] = ctx.headers?.get("authorization")?.match(/^Bearer\s+(\S+)$/i) ?? [];
  return Boolean(validate && token && validate({ initialAccessToken: token }));
}

/**
 * `resource_server_for` (DCR metadata, README "Connecting your app" › resource server): the
 * identifiers of the protected resources whose tokens this client may introspect. An admin's
 * grant, so only a registration with the initial access token may carry it, and every
 * identifier must name a resource; anything else is 400 `invalid_client_metadata`.
 */
async function checkResourceServerFor(ctx: HookContext): Promise<string[]> {
  const body = (ctx.body && typeof ctx.body === "object" ? ctx.body : {}) as Record<
    string,
    unknown
  >;
  const value = body[RESOURCE_SERVER_FOR];
  if (value === undefined) return [];
  const problem = resourceServerForProblem(value);
  if (problem) refuseMetadata(problem);
  const identifiers = [...new Set(value as string[])];
  if (identifiers.length === 0) return [];
  if (!(await hasInitialAccessToken(ctx))) {
    refuseMetadata(`${RESOURCE_SERVER_FOR} is accepted only with the initial access token`);
  }
  const known = await existingResourceIdentifiers(identifiers);
  const unknown = identifiers.filter((identifier) => !known.has(identifier));
  if (unknown.length > 0)
    refuseMetadata(`${RESOURCE_SERVER_FOR}: unknown resource ${unknown.join(", ")}`);
  return identifiers;
}

/** After-hook: drops the policy of a registration that was refused before its row was written. */
export async function finishRegistration(ctx: HookContext) {
  if (ctx.path !== "/oauth2/register") return;
  const clientId = (ctx as Record<string, unknown>)[PENDING_CLIENT_ID];
  if (typeof clientId !== "string") return;
  const returned = ctx.context.returned as Record<string, unknown> | undefined;
  const created =
    returned &&
    !(returned instanceof Response) &&
    !(returned instanceof APIError) &&
    returned.client_id === clientId;
  if (!created) await dropRegistrationPolicy(clientId);
}
