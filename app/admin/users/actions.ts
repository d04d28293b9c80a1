"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { revokeUserTokens } from "@/db/queries/consents";
import { countAdmins, findUserProfile, type UserProfile } from "@/db/queries/users";
import { formValues, invalid, type ActionState } from "@/lib/action";
import { apiErrorMessage } from "@/lib/api-error";
import { recordAudit, type AuditEventType } from "@/lib/audit";
import { ADMIN_ROLE, auth, hasAdminRole } from "@/lib/auth";
import { requireAdmin } from "@/lib/session";
import { banSchema, deleteSchema, setRoleSchema, userTargetSchema } from "./schemas";

type Admin = Awaited<ReturnType<typeof requireAdmin>>;
const fail = (message: string, formData?: FormData): ActionState => ({
  ok: false,
  message,
  values: formData ? formValues(formData) : undefined,
});
const LAST_ADMIN =
  "This is the last admin. Make another user an admin first, so the console keeps an owner.";

async function audit(type: AuditEventType, admin: Admin, target: UserProfile, details?: object) {
  await recordAudit({
    type,
    actor: { id: admin.user.id, email: admin.user.email },
    target: { type: "user", id: target.id, label: target.email },
    headers: await headers(),
    details: details as Record<string, unknown> | undefined,
  });
}

/** Runs a plugin call; an expected refusal becomes a message instead of an exception. */
async function attempt(call: () => Promise<unknown>): Promise<string | null> {
  try {
    await call();
    return null;
  } catch (error) {
    const message = apiErrorMessage(error);
    if (message === null) throw error;
    return message;
  }
}

const isLastAdmin = async (target: UserProfile) =>
  hasAdminRole(target.role) && (await countAdmins()) <= 1;

function done(userId: string, notice: string): never {
  revalidatePath("/admin/users");
  revalidatePath(`/admin/users/${userId}`);
  redirect(`/admin/users/${userId}?done=${notice}`);
}

export async function setAdminRole(_s: ActionState, formData: FormData): Promise<ActionState> {
  const admin = await requireAdmin();
  const parsed = setRoleSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return fail("That change could not be understood.");
  const target = await findUserProfile(parsed.data.userId);
  if (!target) return fail("This user no longer exists.");
  if (!parsed.data.admin && (await isLastAdmin(target))) return fail(LAST_ADMIN);
  const role = parsed.data.admin ? ADMIN_ROLE : "user";
  const error = await attempt(async () =>
    auth.api.setRole({ body: { userId: target.id, role }, headers: await headers() }),
  );
  if (error) return fail(error);
  await audit("user.role_changed", admin, target, { from: target.role ?? "user", to: role });
  done(target.id, parsed.data.admin ? "promoted" : "demoted");
}

export async function banUser(_s: ActionState, formData: FormData): Promise<ActionState> {
  const admin = await requireAdmin();
  const parsed = banSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error, formData);
  const target = await findUserProfile(parsed.data.userId);
  if (!target) return fail("This user no longer exists.");
  if (target.id === admin.user.id) return fail("You cannot ban yourself.", formData);
  if (await isLastAdmin(target)) return fail(LAST_ADMIN, formData);
  const { reason, days } = parsed.data;
  const error = await attempt(async () =>
    auth.api.banUser({
      body: {
        userId: target.id,
        banReason: reason || undefined,
        banExpiresIn: days ? days * 86_400 : undefined,
      },
      headers: await headers(),
    }),
  );
  if (error) return fail(error, formData);
  await revokeUserTokens(target.id);
  await audit("user.banned", admin, target, { reason: reason || null, days: days ?? null });
  done(target.id, "banned");
}

type PluginRequest = { body: { userId: string }; headers: Headers };

/** A one-click change to a user by id: the plugin call, its audit event, then the notice. */
async function changeUser(
  formData: FormData,
  call: (request: PluginRequest) => Promise<unknown>,
  type: AuditEventType,
  notice: string,
): Promise<ActionState> {
  const admin = await requireAdmin();
  const parsed = userTargetSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return fail("That user could not be identified.");
  const target = await findUserProfile(parsed.data.userId);
  if (!target) return fail("This user no longer exists.");
  const error = await attempt(async () =>
    call({ body: { userId: target.id }, headers: await headers() }),
  );
  if (error) return fail(error);
  await audit(type, admin, target);
  done(target.id, notice);
}

export async function unbanUser(_s: ActionState, formData: FormData): Promise<ActionState> {
  return changeUser(formData, (r) => auth.api.unbanUser(r), "user.unbanned", "unbanned");
}

export async function revokeUserSessions(
  _s: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return changeUser(
    formData,
    (r) => auth.api.revokeUserSessions(r),
    "user.sessions_revoked",
    "signed-out",
  );
}

export async function deleteUser(_s: ActionState, formData: FormData): Promise<ActionState> {
  const admin = await requireAdmin();
  const parsed = deleteSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error, formData);
  const target = await findUserProfile(parsed.data.userId);
  if (!target) return fail("This user no longer exists.");
  if (parsed.data.confirmEmail !== target.email.toLowerCase()) {
    return {
      ok: false,
      message: "The email you typed does not match this user.",
      fieldErrors: { confirmEmail: [`Type ${target.email} exactly.`] },
      values: { confirmEmail: parsed.data.confirmEmail },
    };
  }
  if (target.id === admin.user.id) return fail("You cannot delete your own account here.");
  if (await isLastAdmin(target)) return fail(LAST_ADMIN);
  const error = await attempt(async () =>
    auth.api.removeUser({ body: { userId: target.id }, headers: await headers() }),
  );
  if (error) return fail(error);
  await audit("user.deleted", admin, target);
  revalidatePath("/admin/users");
  redirect(`/admin/users?deleted=${encodeURIComponent(target.email)}`);
}
