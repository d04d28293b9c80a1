import { createAuthMiddleware, isAPIError } from "better-auth/api";
import { auditAuthEvent } from "@/lib/auth-audit";
import { finishProviderCallback, prepareProviderSignIn } from "@/lib/identity-providers/hooks";
import { refuseBlockedMetadataClients } from "@/lib/oauth/metadata-documents";
import { refuseOpenConfidentialRegistration } from "@/lib/oauth/open-registration";
import { finishRegistration, prepareRegistration } from "@/lib/oauth/registration-hooks";
import { refuseUnreachableResources } from "@/lib/oauth/resource-access";
import { countSignInOutcome, refuseLockedSignIn } from "@/lib/sign-in-throttle";
import { countIssuedTokens } from "@/lib/operations/security-events";

/**
 * Our one `hooks.after` middleware. Handlers are plain functions of the hook context: a
 * middleware created inside another would replace every endpoint's response.
 */
export const afterAuthHooks = createAuthMiddleware(async (ctx) => {
  await auditAuthEvent(ctx);
  finishProviderCallback(ctx);
  await countSignInOutcome(ctx);
  countIssuedTokens(ctx.path, isAPIError(ctx.context.returned), ctx.body);
  await finishRegistration(ctx);
});

/**
 * Our one `hooks.before` middleware: refuses a locked sign-in before the password is checked;
 * refuses a disabled upstream provider and carries the OAuth query through its round trip;
 * refuses clients of blocked metadata-document hosts, a resource the client may not request (open or linked, fact 80) and a confidential
 * client registering without a token (fact 81); stores a dynamic
 * registration's policy before the plugin writes the client.
 */
export const beforeAuthHooks = createAuthMiddleware(async (ctx) => {
  await refuseLockedSignIn(ctx);
  await refuseBlockedMetadataClients(ctx);
  await refuseUnreachableResources(ctx);
  await refuseOpenConfidentialRegistration(ctx);
  await prepareProviderSignIn(ctx);
  return prepareRegistration(ctx);
});
