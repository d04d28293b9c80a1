"use server";

import * as z from "zod";
import { findInvitation } from "@/db/queries/organizations";
import { redirectTo, refuse, sessionAction, type ActionState } from "@/lib/action";
import { auth } from "@/lib/auth";

const answerSchema = z.object({ invitationId: z.string().min(1).max(200) });

type Invitation = NonNullable<Awaited<ReturnType<typeof findInvitation>>>;

/**
 * An answer to an invitation: `send` records it with the plugin, the answer is audited as `type`
 * against the invitation's organization (with `details`), and `then` says what comes next.
 */
function answerAction(answer: {
  type: "organization.invitation_accepted" | "organization.invitation_declined";
  send: (body: { invitationId: string }, headers: Headers) => Promise<unknown>;
  details: (invitation: Invitation) => Record<string, unknown>;
  then: (
    invitation: Invitation,
    revalidate: (path: string, type?: "layout") => void,
  ) => ActionState | ReturnType<typeof redirectTo>;
}) {
  return sessionAction("/account/organizations", answerSchema, async (input, ctx) => {
    const invitation =
      (await findInvitation(input.invitationId)) ?? refuse("This invitation is no longer valid.");
    await answer.send({ invitationId: invitation.id }, ctx.headers);
    await ctx.audit({
      type: answer.type,
      target: {
        type: "organization",
        id: invitation.organizationId,
        label: invitation.organizationName,
      },
      details: answer.details(invitation),
    });
    return answer.then(invitation, ctx.revalidate);
  });
}

export const acceptInvitation = answerAction({
  type: "organization.invitation_accepted",
  send: (body, headers) => auth.api.acceptInvitation({ body, headers }),
  details: (invitation) => ({ invitationId: invitation.id, role: invitation.role }),
  then: (invitation, revalidate) => {
    revalidate("/account/organizations", "layout");
    return redirectTo(`/account/organizations/${invitation.organizationSlug}`);
  },
});

export const declineInvitation = answerAction({
  type: "organization.invitation_declined",
  send: (body, headers) => auth.api.rejectInvitation({ body, headers }),
  details: (invitation) => ({ invitationId: invitation.id }),
  then: (invitation) => ({
    ok: true,
    message: `You declined the invitation to ${invitation.organizationName}.`,
  }),
});
