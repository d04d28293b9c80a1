"use server";

import { listOrganizationMembers, listPendingInvitations } from "@/db/queries/organizations";
import {
  organizationAction,
  refuse,
  type ActionContext,
  type ManagedOrganization,
} from "@/lib/action";
import type { AuditEventType } from "@/lib/audit";
import { auth } from "@/lib/auth";
import { isOwner, roleLabel } from "@/lib/organization-roles";
import { invitationSchema, inviteSchema, memberSchema, roleChangeSchema } from "./schemas";

/** Audits `type` against the organization and refreshes its page: how every change here ends. */
async function recorded(
  ctx: ActionContext,
  organization: ManagedOrganization,
  type: AuditEventType,
  details: Record<string, unknown>,
) {
  await ctx.audit({
    type,
    target: { type: "organization", id: organization.id, label: organization.name },
    details,
  });
  ctx.revalidate(`/account/organizations/${organization.slug}`);
}

async function pendingInvitation(organization: ManagedOrganization, invitationId: string) {
  const found = (await listPendingInvitations(organization.id)).find((i) => i.id === invitationId);
  return found ?? refuse("That invitation is no longer pending.");
}

async function memberOf(organization: ManagedOrganization, memberId: string) {
  const found = (await listOrganizationMembers(organization.id)).find((m) => m.id === memberId);
  return found ?? refuse("That person is no longer a member.");
}

export const inviteMember = organizationAction(inviteSchema, async (input, ctx, organization) => {
  const email = input.email.toLowerCase();
  await auth.api.createInvitation({
    body: { email, role: input.role, organizationId: organization.id },
    headers: ctx.headers,
  });
  await recorded(ctx, organization, "organization.member_invited", { email, role: input.role });
  return { ok: true, message: `Invitation sent to ${email}.` };
});

type PendingInvitation = Awaited<ReturnType<typeof pendingInvitation>>;

/** An action on one pending invitation: `act` calls the plugin, then it is audited as `type`. */
const invitationAction = (
  type: AuditEventType,
  message: string,
  act: (
    pending: PendingInvitation,
    ctx: ActionContext,
    organization: ManagedOrganization,
  ) => Promise<unknown>,
) =>
  organizationAction(invitationSchema, async (input, ctx, organization) => {
    const pending = await pendingInvitation(organization, input.invitationId);
    await act(pending, ctx, organization);
    await recorded(ctx, organization, type, { email: pending.email, invitationId: pending.id });
    return { ok: true, message };
  });

export const resendInvitation = invitationAction(
  "organization.invitation_resent",
  "Sent again.",
  (pending, ctx, organization) =>
    auth.api.createInvitation({
      body: {
        email: pending.email,
        role: (pending.role ?? "member") as "member",
        organizationId: organization.id,
        resend: true,
      },
      headers: ctx.headers,
    }),
);

export const cancelInvitation = invitationAction(
  "organization.invitation_canceled",
  "Canceled.",
  (pending, ctx) =>
    auth.api.cancelInvitation({ body: { invitationId: pending.id }, headers: ctx.headers }),
);

export const changeMemberRole = organizationAction(
  roleChangeSchema,
  async (input, ctx, organization) => {
    const subject = await memberOf(organization, input.memberId);
    if (subject.role === input.role) return { ok: true, message: "No change." };
    await auth.api.updateMemberRole({
      body: { memberId: subject.id, role: input.role, organizationId: organization.id },
      headers: ctx.headers,
    });
    await recorded(ctx, organization, "organization.member_role_changed", {
      email: subject.email,
      from: subject.role,
      to: input.role,
    });
    return { ok: true, message: `${subject.name} is now ${roleLabel(input.role).toLowerCase()}.` };
  },
);

export const removeMember = organizationAction(memberSchema, async (input, ctx, organization) => {
  const subject = await memberOf(organization, input.memberId);
  if (subject.userId === ctx.session.user.id) {
    refuse("To leave, use Leave on your organizations page.");
  }
  await auth.api.removeMember({
    body: { memberIdOrEmail: subject.id, organizationId: organization.id },
    headers: ctx.headers,
  });
  await recorded(ctx, organization, "organization.member_removed", {
    email: subject.email,
    role: subject.role,
  });
  return { ok: true, message: `${subject.name} was removed.` };
});

/**
 * Hands the owner role to another member and makes the caller an admin: two plugin calls, in
 * the order that never leaves the organization without an owner.
 */
export const transferOwnership = organizationAction(
  memberSchema,
  async (input, ctx, organization) => {
    if (!isOwner(organization.role)) refuse("Only an owner can transfer ownership.");
    const subject = await memberOf(organization, input.memberId);
    if (subject.userId === ctx.session.user.id) refuse("Choose another member.");
    const body = { organizationId: organization.id };
    await auth.api.updateMemberRole({
      body: { ...body, memberId: subject.id, role: "owner" },
      headers: ctx.headers,
    });
    await auth.api.updateMemberRole({
      body: { ...body, memberId: organization.memberId, role: "admin" },
      headers: ctx.headers,
    });
    await recorded(ctx, organization, "organization.ownership_transferred", {
      from: ctx.session.user.email,
      to: subject.email,
    });
    return {
      ok: true,
      message: `${subject.name} now owns ${organization.name}; you are an admin.`,
    };
  },
);
