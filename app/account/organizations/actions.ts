"use server";

import { findMembership } from "@/db/queries/organizations";
import { refuse, sessionAction, type ActionContext } from "@/lib/action";
import { auth } from "@/lib/auth";
import { createOrganizationSchema, organizationIdSchema } from "./schemas";

const PATH = "/account/organizations";

export const createOrganization = sessionAction(
  PATH,
  createOrganizationSchema,
  async (input, ctx) => {
    const created = await auth.api
      .createOrganization({ body: input, headers: ctx.headers })
      .catch((error: unknown) => {
        const code = (error as { body?: { code?: string } }).body?.code ?? "";
        if (/SLUG_ALREADY_TAKEN|ORGANIZATION_ALREADY_EXISTS/.test(code)) {
          refuse("Check the highlighted fields.", {
            slug: "That slug is taken. Choose another one.",
          });
        }
        throw error;
      });
    await ctx.audit({
      type: "organization.created",
      target: { type: "organization", id: created?.id, label: input.name },
      details: { slug: input.slug },
    });
    ctx.revalidate(PATH);
    return { ok: true, message: `${input.name} created. It is now your active organization.` };
  },
);

/** The caller's membership named by the form; anything else is refused. */
async function membership(organizationId: string, ctx: ActionContext) {
  const found = await findMembership(ctx.session.user.id, organizationId);
  return found ?? refuse("You are not a member of that organization.");
}

/** An action on one of the caller's memberships: the plugin call, then its audit event. */
const membershipAction = (
  type: "organization.switched" | "organization.left",
  message: string,
  call: (body: { organizationId: string }, headers: Headers) => Promise<unknown>,
) =>
  sessionAction(PATH, organizationIdSchema, async (input, ctx) => {
    const organization = await membership(input.organizationId, ctx);
    await call({ organizationId: organization.id }, ctx.headers);
    await ctx.audit({
      type,
      target: { type: "organization", id: organization.id, label: organization.name },
    });
    ctx.revalidate(PATH);
    return { ok: true, message };
  });

export const setActiveOrganization = membershipAction(
  "organization.switched",
  "Active organization switched.",
  (body, headers) => auth.api.setActiveOrganization({ body, headers }),
);

export const leaveOrganization = membershipAction(
  "organization.left",
  "You left the organization.",
  (body, headers) => auth.api.leaveOrganization({ body, headers }),
);
