import { createAuthMiddleware } from "better-auth/api";
import { auditAuthEvent } from "@/lib/auth-audit";
import { finishRegistration, prepareRegistration } from "@/lib/oauth/registration-hooks";
import { countSignInOutcome, refuseLockedSignIn } from "@/lib/sign-in-throttle";

/**
 * Our one `hooks.after` middleware. Handlers are plain functions of the hook context: a
 * middleware created inside another would replace every endpoint's response.
 */
export const afterAuthHooks = createAuthMiddleware(async (ctx) => {
  await auditAuthEvent(ctx);
  await countSignInOutcome(ctx);
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
