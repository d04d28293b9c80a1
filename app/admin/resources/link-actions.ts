"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { getClientDetails, isLinked } from "@/db/queries/clients";
import { findResourceByIdentifier } from "@/db/queries/resources";
import { formValues, invalid, type ActionState } from "@/lib/action";
import { apiErrorMessage } from "@/lib/api-error";
import { recordAudit } from "@/lib/audit";
import { auth } from "@/lib/auth";
import { requireAdmin } from "@/lib/session";
import { linkSchema } from "./schemas";

function revalidateLinks(clientId: string, resourceId: string) {
  revalidatePath(`/admin/clients/${encodeURIComponent(clientId)}/resources`);
  revalidatePath(`/admin/resources/${encodeURIComponent(resourceId)}`);
  revalidatePath("/admin/resources");
}

/** Lets a client request tokens for a resource (enforcePerClientResources, fact 7). */
export async function linkClientResource(
  _prev: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const session = await requireAdmin();
  const parsed = linkSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error, formData);
  const { identifier, client_id } = parsed.data;
  const [client, resource] = await Promise.all([
    getClientDetails(client_id),
    findResourceByIdentifier(identifier),
  ]);
  if (!client) return { ok: false, fieldErrors: { client_id: ["No such client."] } };
  if (!resource) return { ok: false, fieldErrors: { identifier: ["No such resource."] } };
  // A duplicate link is a 500 in the plugin (DESIGN.md fact 12): check first.
  if (await isLinked(client_id, identifier)) {
    return {
      ok: false,
      fieldErrors: {
        identifier: [`${client.name ?? client_id} is already linked to ${resource.name}.`],
      },
      values: formValues(formData),
    };
  }
  const h = await headers();
  try {
    await auth.api.adminLinkClientResource({ headers: h, params: { identifier, client_id } });
  } catch (error) {
    const message = apiErrorMessage(error);
    if (!message) throw error;
    return { ok: false, message };
  }
  await recordAudit({
    type: "resource.linked",
    actor: { id: session.user.id, email: session.user.email },
    target: { type: "resource", id: identifier, label: resource.name },
    headers: h,
    details: { clientId: client_id, clientName: client.name },
  });
  revalidateLinks(client_id, resource.id);
  return { ok: true, message: `Linked ${resource.name}.` };
}

export async function unlinkClientResource(formData: FormData): Promise<void> {
  const session = await requireAdmin();
  const parsed = linkSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return;
  const { identifier, client_id } = parsed.data;
  const resource = await findResourceByIdentifier(identifier);
  if (!resource) return;
  const h = await headers();
  try {
    await auth.api.adminUnlinkClientResource({ headers: h, params: { identifier, client_id } });
  } catch (error) {
    if (!apiErrorMessage(error)) throw error;
    return;
  }
  await recordAudit({
    type: "resource.unlinked",
    actor: { id: session.user.id, email: session.user.email },
    target: { type: "resource", id: identifier, label: resource.name },
    headers: h,
    details: { clientId: client_id },
  });
  revalidateLinks(client_id, resource.id);
}
