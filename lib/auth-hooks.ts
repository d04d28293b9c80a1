import { createAuthMiddleware, isAPIError } from "better-auth/api";
import { auditAuthEvent } from "@/lib/auth-audit";
import { finishRegistration, prepareRegistration } from "@/lib/oauth/registration-hooks";
import { countSignInOutcome, refuseLockedSignIn } from "@/lib/sign-in-throttle";
import { countIssuedTokens } from "@/lib/operations/security-events";

/**
 * Our one `hooks.after` middleware. Handlers are plain functions of the hook context: a
 * middleware created inside another would replace every endpoint's response.
 */
export const afterAuthHooks = createAuthMiddleware(async (ctx) => {
  await auditAuthEvent(ctx);
  await countSignInOutcome(ctx);
  countIssuedTokens(ctx.path, isAPIError(ctx.context.returned), ctx.body);
  await finishRegistration(ctx);
});

/**
 * Our one `hooks.before` middleware: refuses a locked sign-in before the password is checked;
 * stores a dynamic registration's policy before the plugin writes the client.
 */
export const beforeAuthHooks = createAuthMiddleware(async (ctx) => {
  await refuseLockedSignIn(ctx);
  return prepareRegistration(ctx);
});
