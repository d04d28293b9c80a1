import { createAuthMiddleware } from "better-auth/api";
import { auditAuthEvent } from "@/lib/auth-audit";
import { applyRegistrationPolicy } from "@/lib/oauth/registration";

/**
 * Our one `hooks.after` middleware. Handlers are plain functions of the hook context: a
 * middleware created inside another would replace every endpoint's response.
 */
export const afterAuthHooks = createAuthMiddleware(async (ctx) => {
  await auditAuthEvent(ctx);
  return applyRegistrationPolicy(ctx);
});
