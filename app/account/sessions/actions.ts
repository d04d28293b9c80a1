"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import * as z from "zod";
import type { ActionState } from "@/lib/action";
import { recordAudit } from "@/lib/audit";
import { auth } from "@/lib/auth";
import { requireSession } from "@/lib/session";

const revokeSchema = z.object({ sessionId: z.string().min(1).max(200) });

/**
 * Signs out one of the user's other sessions. The form carries the session id only; the token
 * Better Auth wants is looked up here, so no session token ever reaches the page.
 */
export async function revokeSession(_: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = revokeSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { ok: false, message: "That session could not be found." };
  const session = await requireSession("/account/sessions");
  const requestHeaders = await headers();
  if (parsed.data.sessionId === session.session.id) {
    return { ok: false, message: "Use Sign out to end the session on this device." };
  }
  const sessions = await auth.api.listSessions({ headers: requestHeaders });
  const target = sessions.find((s) => s.id === parsed.data.sessionId);
  if (!target) {
    revalidatePath("/account/sessions");
    return { ok: false, message: "That session has already ended." };
  }
  await auth.api.revokeSession({ body: { token: target.token }, headers: requestHeaders });
  await recordAudit({
    type: "user.sessions_revoked",
    actor: { id: session.user.id, email: session.user.email },
    target: { type: "user", id: session.user.id, label: session.user.email },
    headers: requestHeaders,
    details: { sessionId: target.id, count: 1, by: "user" },
  });
  revalidatePath("/account/sessions");
  return { ok: true, message: "That session is signed out." };
}

export async function revokeOtherSessions(): Promise<ActionState> {
  const session = await requireSession("/account/sessions");
  const requestHeaders = await headers();
  const sessions = await auth.api.listSessions({ headers: requestHeaders });
  const others = sessions.filter((s) => s.id !== session.session.id).length;
  if (others === 0) return { ok: true, message: "There are no other sessions." };
  await auth.api.revokeOtherSessions({ headers: requestHeaders });
  await recordAudit({
    type: "user.sessions_revoked",
    actor: { id: session.user.id, email: session.user.email },
    target: { type: "user", id: session.user.id, label: session.user.email },
    headers: requestHeaders,
    details: { count: others, scope: "others", by: "user" },
  });
  revalidatePath("/account/sessions");
  return {
    ok: true,
    message: others === 1 ? "1 other session signed out." : `${others} other sessions signed out.`,
  };
}
