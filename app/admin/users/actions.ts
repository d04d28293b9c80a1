"use server";

import { countAdmins, findUserProfile, type UserProfile } from "@/db/queries/users";
import { revokeUserTokens } from "@/db/writes/grants";
import { clearSignInFailures } from "@/db/writes/sign-in-throttle";
import { adminAction, redirectTo, refuse, type ActionContext } from "@/lib/action";
import { userTarget, type AuditEventType } from "@/lib/audit";
import { ADMIN_ROLE, auth, hasAdminRole } from "@/lib/auth";
import { banSchema, deleteSchema, setRoleSchema, userTargetSchema } from "./schemas";

const LAST_ADMIN =
  "This is the last admin. Make another user an admin first, so the console keeps an owner.";

async function existingUser(userId: string) {
  return (await findUserProfile(userId)) ?? refuse("This user no longer exists.");
}

async function refuseLastAdmin(target: UserProfile) {
  if (hasAdminRole(target.role) && (await countAdmins()) <= 1) refuse(LAST_ADMIN);
}

/** Audits a change to `target`, revalidates the user pages and shows `notice` on the user's page. */
async function changed(
  ctx: ActionContext,
  type: AuditEventType,
  target: UserProfile,
  notice: string,
  details?: Record<string, unknown>,
) {
  await ctx.audit({ type, target: userTarget(target), details });
  ctx.revalidate("/admin/users");
  ctx.revalidate(`/admin/users/${target.id}`);
  return redirectTo(`/admin/users/${target.id}?done=${notice}`);
}

export const setAdminRole = adminAction(setRoleSchema, async (input, ctx) => {
  const target = await existingUser(input.userId);
  if (!input.admin) await refuseLastAdmin(target);
  const role = input.admin ? ADMIN_ROLE : "user";
  await auth.api.setRole({ body: { userId: target.id, role }, headers: ctx.headers });
  return changed(ctx, "user.role_changed", target, input.admin ? "promoted" : "demoted", {
    from: target.role ?? "user",
    to: role,
  });
});

export const banUser = adminAction(banSchema, async (input, ctx) => {
  const target = await existingUser(input.userId);
  if (target.id === ctx.session.user.id) refuse("You cannot ban yourself.");
  await refuseLastAdmin(target);
  const { reason, days } = input;
  await auth.api.banUser({
    body: {
      userId: target.id,
      banReason: reason || undefined,
      banExpiresIn: days ? days * 86_400 : undefined,
    },
    headers: ctx.headers,
  });
  await revokeUserTokens(target.id);
  return changed(ctx, "user.banned", target, "banned", {
    reason: reason || null,
    days: days ?? null,
  });
});

/** A one-step change to an existing user, with nothing to ask: `act` makes it, then `changed`. */
const userChange = (
  type: AuditEventType,
  notice: string,
  act: (target: UserProfile, ctx: ActionContext) => Promise<unknown>,
) =>
  adminAction(userTargetSchema, async (input, ctx) => {
    const target = await existingUser(input.userId);
    await act(target, ctx);
    return changed(ctx, type, target, notice);
  });

export const unbanUser = userChange("user.unbanned", "unbanned", (target, ctx) =>
  auth.api.unbanUser({ body: { userId: target.id }, headers: ctx.headers }),
);

export const unlockSignIn = userChange("user.sign_in_unlocked", "unlocked", (target) =>
  clearSignInFailures(target.email.toLowerCase()),
);

export const revokeUserSessions = userChange("user.sessions_revoked", "signed-out", (target, ctx) =>
  auth.api.revokeUserSessions({ body: { userId: target.id }, headers: ctx.headers }),
);

export const deleteUser = adminAction(deleteSchema, async (input, ctx) => {
  const target = await existingUser(input.userId);
  if (input.confirmEmail !== target.email.toLowerCase()) {
    refuse("The email you typed does not match this user.", {
      confirmEmail: `Type ${target.email} exactly.`,
    });
  }
  if (target.id === ctx.session.user.id) refuse("You cannot delete your own account here.");
  await refuseLastAdmin(target);
  await auth.api.removeUser({ body: { userId: target.id }, headers: ctx.headers });
  await ctx.audit({
    type: "user.deleted",
    target: userTarget(target),
  });
  ctx.revalidate("/admin/users");
  return redirectTo(`/admin/users?deleted=${encodeURIComponent(target.email)}`);
});
