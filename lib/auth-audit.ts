import { getSessionFromCtx, isAPIError } from "better-auth/api";
import { findDeviceAuthorization } from "@/db/queries/device-codes";
import { findProviderByProviderId } from "@/db/queries/identity-providers";
import { recordAudit, userTarget, type AuditActor, type AuditEventType } from "@/lib/audit";
import type { HookContext } from "@/lib/hook-context";
import { isProviderCallback, providerIdOf } from "@/lib/identity-providers/hooks";
import { LINK_INTENT_COOKIE } from "@/lib/identity-providers/link-intent";

type Outcome = { type: AuditEventType; details?: Record<string, unknown> };

const SIGN_IN_METHODS: Record<string, string> = {
  "/sign-in/email": "password",
  "/two-factor/verify-totp": "totp",
  "/two-factor/verify-backup-code": "backup_code",
  "/passkey/verify-authentication": "passkey",
};

/** Simple success events: path → type, recorded for the signed-in user when the call worked. */
const SESSION_EVENTS: Record<string, AuditEventType> = {
  "/change-password": "user.password_changed",
  "/two-factor/disable": "user.two_factor_disabled",
  "/passkey/verify-registration": "user.passkey_added",
  "/passkey/delete-passkey": "user.passkey_removed",
  "/sign-out": "user.sign_out",
};

const body = (ctx: HookContext) => (ctx.body ?? {}) as Record<string, unknown>;
const str = (v: unknown) => (typeof v === "string" ? v : undefined);

function errorCode(returned: unknown) {
  if (!isAPIError(returned)) return undefined;
  const b = returned.body as { code?: string; message?: string } | undefined;
  return b?.code ?? returned.status;
}

/** Client and scopes of a consent decision, from the signed query the consent page posted. */
function consentTarget(ctx: HookContext) {
  const query = new URLSearchParams(str(body(ctx).oauth_query) ?? "");
  const scope = str(body(ctx).scope) ?? query.get("scope") ?? "";
  return { clientId: query.get("client_id"), scopes: scope.split(" ").filter(Boolean) };
}

/**
 * Records the security events Better Auth's own endpoints produce (sign-in success and failure,
 * sign-up, consent decisions, second factors) from one `hooks.after` middleware. Admin actions
 * audit themselves in their server actions; password reset and email verification through the
 * library callbacks in lib/auth.ts.
 */
export async function auditAuthEvent(ctx: HookContext) {
  const path = ctx.path;
  const returned = ctx.context.returned;
  const failed = isAPIError(returned);
  const newUser = ctx.context.newSession?.user;
  const sessionUser = ctx.context.session?.user;
  const actorOf = (u?: { id: string; email?: string | null } | null): AuditActor =>
    u ? { id: u.id, email: u.email } : null;
  const write = (
    outcome: Outcome,
    actor: AuditActor,
    target?: { type: string; id?: string | null; label?: string | null },
  ) =>
    recordAudit({
      ...outcome,
      actor,
      target,
      headers: ctx.headers ?? ctx.request?.headers ?? null,
    });

  if (isProviderCallback(path)) {
    // Every sign-in through an upstream provider, with the provider's name.
    const providerId = providerIdOf(ctx);
    const provider = providerId ? await findProviderByProviderId(providerId) : undefined;
    const details = { method: "identity_provider", provider: provider?.name ?? providerId };
    if (!newUser) {
      const location = ctx.context.responseHeaders?.get("location") ?? "";
      const reason = URL.canParse(location, "http://x")
        ? new URL(location, "http://x").searchParams.get("error")
        : null;
      return write({ type: "user.sign_in_failed", details: { ...details, reason } }, null, {
        type: "identity_provider",
        id: providerId ?? null,
        label: provider?.name ?? null,
      });
    }
    if (ctx.getCookie(LINK_INTENT_COOKIE)) {
      await write({ type: "user.identity_linked", details }, actorOf(newUser), userTarget(newUser));
    }
    return write({ type: "user.sign_in", details }, actorOf(newUser), userTarget(newUser));
  }
  const method = SIGN_IN_METHODS[path];
  if (method) {
    const isTwoFactorEnrolment = path === "/two-factor/verify-totp" && !!sessionUser && !failed;
    if (isTwoFactorEnrolment) {
      return write(
        { type: "user.two_factor_enabled" },
        actorOf(sessionUser),
        userTarget(sessionUser),
      );
    }
    if (failed) {
      const email = str(body(ctx).email);
      return write(
        { type: "user.sign_in_failed", details: { method, reason: errorCode(returned) } },
        null,
        { type: "user", label: email ?? null },
      );
    }
    if (newUser) {
      return write(
        { type: "user.sign_in", details: { method } },
        actorOf(newUser),
        userTarget(newUser),
      );
    }
    return; // first factor passed, second factor pending: the code step records the outcome
  }
  if (failed) return;

  if (path === "/sign-up/email" && newUser) {
    return write({ type: "user.sign_up" }, actorOf(newUser), userTarget(newUser));
  }
  if (path === "/request-password-reset") {
    return write({ type: "user.password_reset_requested" }, null, {
      type: "user",
      label: str(body(ctx).email) ?? null,
    });
  }
  if (path === "/oauth2/consent" && sessionUser) {
    const { clientId, scopes } = consentTarget(ctx);
    const accepted = body(ctx).accept === true;
    return write(
      {
        type: accepted ? "consent.granted" : "consent.denied",
        details: accepted ? { scopes } : undefined,
      },
      actorOf(sessionUser),
      { type: "client", id: clientId },
    );
  }
  if (path === "/device/approve" || path === "/device/deny") {
    const userCode = str(body(ctx).userCode);
    const [found, session] = await Promise.all([
      userCode ? findDeviceAuthorization(userCode) : undefined,
      sessionUser ? { user: sessionUser } : getSessionFromCtx(ctx).catch(() => null),
    ]);
    return write(
      {
        type: path === "/device/approve" ? "device.approved" : "device.denied",
        details: { scopes: (found?.scope ?? "").split(" ").filter(Boolean) },
      },
      actorOf(session?.user),
      { type: "client", id: found?.clientId ?? null },
    );
  }
  const sessionEvent = SESSION_EVENTS[path];
  if (sessionEvent && sessionUser) {
    return write({ type: sessionEvent }, actorOf(sessionUser), userTarget(sessionUser));
  }
}
