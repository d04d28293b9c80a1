"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { revokeClientAccess } from "@/db/queries/consents";
import { findClientName } from "@/db/queries/consent-list";
import type { ActionState } from "@/lib/action";
import { recordAudit } from "@/lib/audit";
import { requireAdmin } from "@/lib/session";
import { revokeConsentSchema } from "./schemas";

/**
 * Withdraws a user's grant to a client: consents and that user's tokens for the client.
 * Plugin gap (see revokeClientAccess): the plugin's delete-consent is for the user themself.
 */
export async function revokeConsent(_state: ActionState, formData: FormData): Promise<ActionState> {
  const session = await requireAdmin();
  const parsed = revokeConsentSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { ok: false, message: "That consent could not be identified." };
  const { userId, clientId, returnTo } = parsed.data;
  const removed = await revokeClientAccess(userId, clientId);
  if (removed === 0) return { ok: false, message: "This consent was already revoked." };
  await recordAudit({
    type: "consent.revoked",
    actor: { id: session.user.id, email: session.user.email },
    target: { type: "client", id: clientId, label: (await findClientName(clientId)) ?? null },
    headers: await headers(),
    details: { userId },
  });
  revalidatePath("/admin/consents");
  revalidatePath(`/admin/users/${userId}`);
  redirect(returnTo);
}
