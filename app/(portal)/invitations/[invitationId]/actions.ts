"use server";

import * as z from "zod";
import { findInvitation } from "@/db/queries/organizations";
import { redirectTo, refuse, sessionAction } from "@/lib/action";
import { auth } from "@/lib/auth";

const answerSchema = z.object({ invitationId: z.string().min(1).max(200) });

async function invitationFor(invitationId: string) {
  return (await findInvitation(invitationId)) ?? refuse("This invitation is no longer valid.");
}

export const acceptInvitation = sessionAction(
  "/account/organizations",
  answerSchema,
  async (input, ctx) => {
    const invitation = await invitationFor(input.invitationId);
    await auth.api.acceptInvitation({
      body: { invitationId: invitation.id },
      headers: ctx.headers,
    });
    await ctx.audit({
      type: "organization.invitation_accepted",
      target: {
        type: "organization",
        id: invitation.organizationId,
        label: invitation.organizationName,
      },
      details: { invitationId: invitation.id, role: invitation.role },
    });
    ctx.revalidate("/account/organizations", "layout");
    return redirectTo(`/account/organizations/${invitation.organizationSlug}`);
  },
);

export const declineInvitation = sessionAction(
  "/account/organizations",
  answerSchema,
  async (input, ctx) => {
    const invitation = await invitationFor(input.invitationId);
    await auth.api.rejectInvitation({
      body: { invitationId: invitation.id },
      headers: ctx.headers,
    });
    await ctx.audit({
      type: "organization.invitation_declined",
      target: {
        type: "organization",
        id: invitation.organizationId,
        label: invitation.organizationName,
      },
      details: { invitationId: invitation.id },
    });
    return { ok: true, message: `You declined the invitation to ${invitation.organizationName}.` };
  },
);
