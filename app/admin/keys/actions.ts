"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { recordAudit } from "@/lib/audit";
import { requireAdmin } from "@/lib/session";
import { createSigningKey } from "@/lib/signing-keys";

/** Rotate now: a new key signs from now on; the previous ones stay published for verification. */
export async function rotateSigningKey(): Promise<void> {
  const session = await requireAdmin();
  const key = await createSigningKey();
  await recordAudit({
    type: "key.rotated",
    actor: { id: session.user.id, email: session.user.email },
    target: { type: "key", id: key.id, label: key.id },
    headers: await headers(),
  });
  revalidatePath("/admin/keys");
  redirect("/admin/keys?rotated=1");
}
