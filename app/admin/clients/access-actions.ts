"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import * as z from "zod";
import { getClientDetails } from "@/db/queries/clients";
import { revokeClientAccess } from "@/db/queries/consents";
import { recordAudit } from "@/lib/audit";
import { requireAdmin } from "@/lib/session";

const revokeSchema = z.object({ client_id: z.string().min(1), user_id: z.string().min(1) });

/** Withdraws one user's consent to the client, with the tokens it issued them. */
export async function revokeConsent(formData: FormData): Promise<void> {
  const session = await requireAdmin();
  const parsed = revokeSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return;
  const client = await getClientDetails(parsed.data.client_id);
  if (!client) return;
  const removed = await revokeClientAccess(parsed.data.user_id, client.clientId);
  if (removed > 0) {
    await recordAudit({
      type: "consent.revoked",
      actor: { id: session.user.id, email: session.user.email },
      target: { type: "client", id: client.clientId, label: client.name },
      headers: await headers(),
      details: { userId: parsed.data.user_id, by: "admin" },
    });
  }
  revalidatePath(`/admin/clients/${encodeURIComponent(client.clientId)}/consents`);
}
