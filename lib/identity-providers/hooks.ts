import { APIError } from "better-auth/api";
import { findProviderByDomain, findProviderByProviderId } from "@/db/queries/identity-providers";
import type { HookContext } from "@/lib/hook-context";
import { LINK_INTENT_COOKIE } from "./link-intent";

export const isProviderCallback = (path: string) => path.startsWith("/sso/callback");

/** The provider a sign-in start or callback names (an email-routed start names none). */
export function providerIdOf(ctx: HookContext): string | undefined {
  if (ctx.path === "/sign-in/sso") {
    const id = (ctx.body as { providerId?: unknown } | undefined)?.providerId;
    return typeof id === "string" ? id : undefined;
  }
  if (isProviderCallback(ctx.path)) {
    const id = (ctx.params as { providerId?: unknown } | undefined)?.providerId;
    if (typeof id === "string" && id) return id;
    const path = ctx.request ? new URL(ctx.request.url).pathname : "";
    const fromPath = path.split("/sso/callback/")[1];
    return fromPath ? decodeURIComponent(fromPath) : undefined;
  }
  return undefined;
}

/**
 * Before `/sign-in/sso` and the upstream callback: a disabled provider is refused. (Inside an
 * OAuth authorization the sign-in page passes the authorization request as `callbackURL`, so the
 * flow resumes after the round trip: docs/library-facts.md#fact-94.)
 */
export async function prepareProviderSignIn(ctx: HookContext) {
  if (ctx.path !== "/sign-in/sso" && !isProviderCallback(ctx.path)) return;
  const providerId = providerIdOf(ctx);
  const email = (ctx.body as { email?: unknown } | undefined)?.email;
  const domain = typeof email === "string" ? email.split("@")[1] : undefined;
  if (providerId || domain) {
    const provider = providerId
      ? await findProviderByProviderId(providerId)
      : await findProviderByDomain(domain!);
    if (provider && !provider.enabled) {
      throw new APIError("FORBIDDEN", {
        code: "PROVIDER_DISABLED",
        message: "This sign-in option is turned off.",
      });
    }
  }
}

/** After a callback: a link intent is used once. */
export function finishProviderCallback(ctx: HookContext) {
  if (!isProviderCallback(ctx.path)) return;
  if (ctx.getCookie(LINK_INTENT_COOKIE)) {
    ctx.setCookie(LINK_INTENT_COOKIE, "", {
      maxAge: 0,
      path: "/",
      httpOnly: true,
      sameSite: "lax",
    });
  }
}
