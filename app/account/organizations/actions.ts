"use server";

import { isAPIError } from "better-auth/api";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { findMembership } from "@/db/queries/organizations";
import { invalid, formValues, type ActionState } from "@/lib/action";
import { auth } from "@/lib/auth";
import { requireSession } from "@/lib/session";
import { createOrganizationSchema, organizationIdSchema } from "./schemas";

const PATH = "/account/organizations";

function apiMessage(error: unknown, fallback: string): string {
  if (!isAPIError(error)) throw error;
  const code = (error.body as { code?: string } | undefined)?.code;
  if (code === "YOU_CANNOT_LEAVE_THE_ORGANIZATION_AS_THE_ONLY_OWNER") {
    return "You are its only owner. Make another member an owner before you leave.";
  }
  if (code === "ORGANIZATION_SLUG_ALREADY_TAKEN" || code === "ORGANIZATION_ALREADY_EXISTS") {
    return "That slug is taken. Choose another one.";
  }
  return error.message || fallback;
}

export async function createOrganization(_: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = createOrganizationSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error, formData);
  await requireSession(PATH);
  try {
    await auth.api.createOrganization({ body: parsed.data, headers: await headers() });
  } catch (error) {
    const message = apiMessage(error, "The organization could not be created.");
    return {
      ok: false,
      message,
      fieldErrors: message.includes("slug") ? { slug: [message] } : undefined,
      values: formValues(formData),
    };
  }
  revalidatePath(PATH);
  return { ok: true, message: `${parsed.data.name} created. It is now your active organization.` };
}

async function membershipFrom(formData: FormData) {
  const parsed = organizationIdSchema.safeParse(Object.fromEntries(formData));
  const session = await requireSession(PATH);
  if (!parsed.success) return { session, membership: undefined };
  return { session, membership: await findMembership(session.user.id, parsed.data.organizationId) };
}

export async function setActiveOrganization(
  _: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const { membership } = await membershipFrom(formData);
  if (!membership) return { ok: false, message: "You are not a member of that organization." };
  try {
    await auth.api.setActiveOrganization({
      body: { organizationId: membership.id },
      headers: await headers(),
    });
  } catch (error) {
    return { ok: false, message: apiMessage(error, "Could not switch organization.") };
  }
  revalidatePath(PATH);
  return { ok: true, message: "Active organization switched." };
}

export async function leaveOrganization(_: ActionState, formData: FormData): Promise<ActionState> {
  const { membership } = await membershipFrom(formData);
  if (!membership) return { ok: false, message: "You are not a member of that organization." };
  try {
    await auth.api.leaveOrganization({
      body: { organizationId: membership.id },
      headers: await headers(),
    });
  } catch (error) {
    return { ok: false, message: apiMessage(error, "Could not leave the organization.") };
  }
  revalidatePath(PATH);
  return { ok: true, message: "You left the organization." };
}
