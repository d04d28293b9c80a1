import { APIError, isAPIError } from "better-auth/api";
import { findUserIdByEmail } from "@/db/queries/users";
import { clearSignInFailures, lockedFor, recordSignInFailure } from "@/db/writes/sign-in-throttle";
import { recordAudit } from "@/lib/audit";
import { env } from "@/lib/env";
import type { HookContext } from "@/lib/hook-context";

/**
 * Per-account sign-in throttling: failed password sign-ins are counted per submitted email
 * (lower-cased), whatever address they come from, and from SIGN_IN_LOCK_THRESHOLD failures on
 * the email is locked for SIGN_IN_LOCK_SECONDS, doubling with each further failure up to
 * SIGN_IN_LOCK_MAX_SECONDS. The count and the answer are the same whether or not an account has
 * that email, so the lock tells nobody which accounts exist. An admin unlocks from the user's
 * console page; a successful sign-in clears the count.
 */
const SIGN_IN_PATH = "/sign-in/email";
const WINDOW_SECONDS = 60 * 60;

export const LOCKED_MESSAGE =
  "Too many failed sign-ins for this email. Wait a few minutes and try again.";

export const normaliseEmail = (email: unknown) =>
  typeof email === "string" ? email.trim().toLowerCase().slice(0, 320) : undefined;

const submittedEmail = (ctx: HookContext) =>
  normaliseEmail((ctx.body as Record<string, unknown> | undefined)?.email);

/** `hooks.before`: refuses a locked email with 429 and `Retry-After`, before the password is checked. */
export async function refuseLockedSignIn(ctx: HookContext) {
  if (ctx.path !== SIGN_IN_PATH) return;
  const email = submittedEmail(ctx);
  if (!email) return;
  const seconds = await lockedFor(email);
  if (seconds > 0) {
    throw new APIError(
      "TOO_MANY_REQUESTS",
      { message: LOCKED_MESSAGE, code: "TOO_MANY_ATTEMPTS" },
      { "Retry-After": String(seconds) },
    );
  }
}

/** `hooks.after`: counts a wrong password, audits a new lock, clears the count on success. */
export async function countSignInOutcome(ctx: HookContext) {
  if (ctx.path !== SIGN_IN_PATH) return;
  const email = submittedEmail(ctx);
  if (!email) return;
  const returned = ctx.context.returned;
  if (!isAPIError(returned)) {
    await clearSignInFailures(email);
    return;
  }
  const code = (returned.body as { code?: string } | undefined)?.code;
  if (code !== "INVALID_EMAIL_OR_PASSWORD") return;
  const { failures, lockSeconds } = await recordSignInFailure(email, {
    threshold: env.SIGN_IN_LOCK_THRESHOLD,
    baseSeconds: env.SIGN_IN_LOCK_SECONDS,
    maxSeconds: env.SIGN_IN_LOCK_MAX_SECONDS,
    windowSeconds: WINDOW_SECONDS,
  });
  if (lockSeconds > 0 && failures >= env.SIGN_IN_LOCK_THRESHOLD) {
    const userId = await findUserIdByEmail(email);
    await recordAudit({
      type: "user.sign_in_locked",
      actor: null,
      target: { type: "user", id: userId ?? null, label: email },
      headers: ctx.headers ?? ctx.request?.headers ?? null,
      details: { failures, seconds: lockSeconds },
    });
  }
}
