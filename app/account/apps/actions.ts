"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { findConsentedClientName } from "@/db/queries/user-consents";
import { revokeClientAccess } from "@/db/queries/consents";
import type { ActionState } from "@/lib/action";
import { recordAudit } from "@/lib/audit";
import { requireSession } from "@/lib/session";
import { revokeAppSchema } from "./schemas";

/** Withdraws the user's consent to a client and ends every token it holds for them. */
export async function revokeApp(_: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = revokeAppSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { ok: false, message: "That app could not be found." };
  const session = await requireSession("/account/apps");
  const { clientId } = parsed.data;
  const name = await findConsentedClientName(session.user.id, clientId);
  if (!name) {
    revalidatePath("/account/apps");
    return { ok: false, message: "That app has no access to revoke any more." };
  }
  const removed = await revokeClientAccess(session.user.id, clientId);
  await recordAudit({
    type: "consent.revoked",
    actor: { id: session.user.id, email: session.user.email },
    target: { type: "client", id: clientId, label: name },
    headers: await headers(),
    details: { consents: removed, by: "user" },
  });
  revalidatePath("/account/apps");
  return { ok: true, message: `${name} can no longer access your account.` };
}
