import { APIError } from "better-auth/api";
import { dropRegistrationPolicy, storeRegistrationPolicy } from "@/db/writes/registration-policy";
import type { HookContext } from "@/lib/hook-context";
import { PENDING_CLIENT_ID, newClientId, registrationPolicy } from "./registration";

/**
 * Before-hook: chooses the client id and stores the policy under it, so the client row's own
 * INSERT applies it (no crash can leave a client with more than it asked for).
 */
export async function prepareRegistration(ctx: HookContext) {
  if (ctx.path !== "/oauth2/register") return;
  const clientId = newClientId();
  await storeRegistrationPolicy({ clientId, ...registrationPolicy(ctx.body) });
  return { context: { [PENDING_CLIENT_ID]: clientId } };
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
