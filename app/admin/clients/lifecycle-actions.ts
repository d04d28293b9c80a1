"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import * as z from "zod";
import { getClientDetails, setClientFlags } from "@/db/queries/clients";
import { formValues, invalid, type ActionState } from "@/lib/action";
import { apiErrorMessage } from "@/lib/api-error";
import { recordAudit } from "@/lib/audit";
import { auth } from "@/lib/auth";
import { requireAdmin } from "@/lib/session";
import { asClientOwner } from "./owner";
import { deleteClientSchema, type RotateSecretState } from "./schemas";

const clientIdSchema = z.object({ client_id: z.string().min(1) });
const clientPath = (clientId: string) => `/admin/clients/${encodeURIComponent(clientId)}`;

/** Issues a new secret (the old one stops working at once); the state shows it once. */
export async function rotateClientSecret(
  _prev: RotateSecretState,
  formData: FormData,
): Promise<RotateSecretState> {
  const session = await requireAdmin();
  const parsed = clientIdSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { ok: false, message: "Unknown client." };
  const client = await getClientDetails(parsed.data.client_id);
  if (!client) return { ok: false, message: "This client no longer exists." };
  const h = await headers();
  let secret: string | undefined;
  try {
    const rotated = await asClientOwner(client, h, (owner) =>
      auth.api.rotateClientSecret({ headers: owner, body: { client_id: client.clientId } }),
    );
    secret = rotated.client_secret;
  } catch (error) {
    const message = apiErrorMessage(error);
    if (!message) throw error;
    return { ok: false, message };
  }
  await recordAudit({
    type: "client.secret_rotated",
    actor: { id: session.user.id, email: session.user.email },
    target: { type: "client", id: client.clientId, label: client.name },
    headers: h,
  });
  revalidatePath(clientPath(client.clientId));
  return { ok: true, secret };
}

const statusSchema = z.object({
  client_id: z.string().min(1),
  disabled: z.enum(["true", "false"]),
});

/** Disables or re-enables a client (see setClientFlags for why this is a direct write). */
export async function setClientStatus(formData: FormData): Promise<void> {
  const session = await requireAdmin();
  const parsed = statusSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return;
  const client = await getClientDetails(parsed.data.client_id);
  if (!client) return;
  const disabled = parsed.data.disabled === "true";
  await setClientFlags(client.clientId, { disabled });
  await recordAudit({
    type: disabled ? "client.disabled" : "client.enabled",
    actor: { id: session.user.id, email: session.user.email },
    target: { type: "client", id: client.clientId, label: client.name },
    headers: await headers(),
  });
  revalidatePath("/admin/clients");
  revalidatePath(clientPath(client.clientId));
}

/** Deletes a client after the admin typed its name. */
export async function deleteClient(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const session = await requireAdmin();
  const parsed = deleteClientSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error, formData);
  const client = await getClientDetails(parsed.data.client_id);
  if (!client) return { ok: false, message: "This client no longer exists." };
  const expected = client.name ?? client.clientId;
  if (parsed.data.confirm.trim() !== expected) {
    return {
      ok: false,
      fieldErrors: { confirm: [`Type ${expected} exactly to confirm.`] },
      values: formValues(formData),
    };
  }
  const h = await headers();
  try {
    await asClientOwner(client, h, (owner) =>
      auth.api.deleteOAuthClient({ headers: owner, body: { client_id: client.clientId } }),
    );
  } catch (error) {
    const message = apiErrorMessage(error);
    if (!message) throw error;
    return { ok: false, message };
  }
  await recordAudit({
    type: "client.deleted",
    actor: { id: session.user.id, email: session.user.email },
    target: { type: "client", id: client.clientId, label: client.name },
    headers: h,
  });
  revalidatePath("/admin/clients");
  redirect("/admin/clients");
}
