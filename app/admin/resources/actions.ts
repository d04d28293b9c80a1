"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import * as z from "zod";
import { findResourceByIdentifier, getResource } from "@/db/queries/resources";
import { formValues, invalid, type ActionState } from "@/lib/action";
import { apiErrorMessage } from "@/lib/api-error";
import { recordAudit } from "@/lib/audit";
import { auth } from "@/lib/auth";
import { requireAdmin } from "@/lib/session";
import { formObject, keepLists } from "../clients/schemas";

const LISTS = ["allowed_scopes"];
import { resourceBody, resourceSchema } from "./schemas";

const refused = (error: unknown, formData: FormData): ActionState => {
  const message = apiErrorMessage(error);
  if (!message) throw error;
  return keepLists({ ok: false, message, values: formValues(formData) }, formData, LISTS);
};

export async function createResource(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const session = await requireAdmin();
  const parsed = resourceSchema.safeParse(formObject(formData, LISTS));
  if (!parsed.success) return keepLists(invalid(parsed.error, formData), formData, LISTS);
  const { identifier } = parsed.data;
  // The plugin answers a duplicate with a 500 (DESIGN.md fact 12): check first.
  if (await findResourceByIdentifier(identifier)) {
    return {
      ok: false,
      message: "Check the highlighted fields.",
      fieldErrors: { identifier: [`A resource with the identifier ${identifier} already exists.`] },
      values: keepLists({ ok: false, values: formValues(formData) }, formData, LISTS).values,
    };
  }
  const h = await headers();
  let id: string;
  try {
    const created = await auth.api.adminCreateOAuthResource({
      headers: h,
      body: { identifier, ...resourceBody(parsed.data) },
    });
    id = created.id;
  } catch (error) {
    return refused(error, formData);
  }
  await recordAudit({
    type: "resource.created",
    actor: { id: session.user.id, email: session.user.email },
    target: { type: "resource", id: identifier, label: parsed.data.name },
    headers: h,
  });
  revalidatePath("/admin/resources");
  redirect(`/admin/resources/${encodeURIComponent(id)}?saved=1`);
}

export async function updateResource(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const session = await requireAdmin();
  const parsed = resourceSchema.safeParse(formObject(formData, LISTS));
  if (!parsed.success) return keepLists(invalid(parsed.error, formData), formData, LISTS);
  const id = String(formData.get("id") ?? "");
  const existing = id ? await getResource(id) : null;
  if (!existing) return { ok: false, message: "This resource no longer exists." };
  const h = await headers();
  try {
    // The identifier cannot change: tokens and links refer to it.
    await auth.api.adminUpdateOAuthResource({
      headers: h,
      params: { identifier: existing.identifier },
      body: resourceBody(parsed.data),
    });
  } catch (error) {
    return refused(error, formData);
  }
  await recordAudit({
    type: "resource.updated",
    actor: { id: session.user.id, email: session.user.email },
    target: { type: "resource", id: existing.identifier, label: parsed.data.name },
    headers: h,
  });
  revalidatePath("/admin/resources");
  redirect(`/admin/resources/${encodeURIComponent(id)}?saved=1`);
}

const deleteSchema = z.object({ id: z.string().min(1), confirm: z.string() });

export async function deleteResource(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const session = await requireAdmin();
  const parsed = deleteSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error, formData);
  const existing = await getResource(parsed.data.id);
  if (!existing) return { ok: false, message: "This resource no longer exists." };
  if (parsed.data.confirm.trim() !== existing.name) {
    return {
      ok: false,
      fieldErrors: { confirm: [`Type ${existing.name} exactly to confirm.`] },
      values: formValues(formData),
    };
  }
  const h = await headers();
  try {
    await auth.api.adminDeleteOAuthResource({
      headers: h,
      params: { identifier: existing.identifier },
    });
  } catch (error) {
    return refused(error, formData);
  }
  await recordAudit({
    type: "resource.deleted",
    actor: { id: session.user.id, email: session.user.email },
    target: { type: "resource", id: existing.identifier, label: existing.name },
    headers: h,
  });
  revalidatePath("/admin/resources");
  redirect("/admin/resources");
}
