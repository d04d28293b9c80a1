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

export const setActiveOrganization = sessionAction(
  PATH,
  organizationIdSchema,
  async (input, ctx) => {
    const organization = await membership(input.organizationId, ctx);
    await auth.api.setActiveOrganization({
      body: { organizationId: organization.id },
      headers: ctx.headers,
    });
    await ctx.audit({
      type: "organization.switched",
      target: { type: "organization", id: organization.id, label: organization.name },
    });
    ctx.revalidate(PATH);
    return { ok: true, message: "Active organization switched." };
  },
);

export const leaveOrganization = sessionAction(PATH, organizationIdSchema, async (input, ctx) => {
  const organization = await membership(input.organizationId, ctx);
  await auth.api.leaveOrganization({
    body: { organizationId: organization.id },
    headers: ctx.headers,
  });
  await ctx.audit({
    type: "organization.left",
    target: { type: "organization", id: organization.id, label: organization.name },
  });
  ctx.revalidate(PATH);
  return { ok: true, message: "You left the organization." };
});
