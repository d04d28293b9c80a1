"use server";

import * as z from "zod";
import { refuse, sessionAction } from "@/lib/action";
import { userTarget } from "@/lib/audit";
import { auth } from "@/lib/auth";

const PATH = "/account/sessions";
const revokeSchema = z.object({ sessionId: z.string().min(1).max(200) });

/**
 * Signs out one of the user's other sessions. The form carries the session id only; the token
 * Better Auth wants is looked up here, so no session token ever reaches the page.
 */
export const revokeSession = sessionAction(PATH, revokeSchema, async (input, ctx) => {
  const { session, user } = ctx.session;
  if (input.sessionId === session.id) refuse("Use Sign out to end the session on this device.");
  ctx.revalidate(PATH);
  const sessions = await auth.api.listSessions({ headers: ctx.headers });
  const target = sessions.find((s) => s.id === input.sessionId);
  if (!target) return { ok: false, message: "That session has already ended." };
  await auth.api.revokeSession({ body: { token: target.token }, headers: ctx.headers });
  await ctx.audit({
    type: "user.sessions_revoked",
    target: userTarget(user),
    details: { sessionId: target.id, count: 1, by: "user" },
  });
  return { ok: true, message: "That session is signed out." };
});

export const revokeOtherSessions = sessionAction(PATH, z.object({}), async (_, ctx) => {
  const { session, user } = ctx.session;
  const sessions = await auth.api.listSessions({ headers: ctx.headers });
  const others = sessions.filter((s) => s.id !== session.id).length;
  if (others === 0) return { ok: true, message: "There are no other sessions." };
  await auth.api.revokeOtherSessions({ headers: ctx.headers });
  await ctx.audit({
    type: "user.sessions_revoked",
    target: userTarget(user),
    details: { count: others, scope: "others", by: "user" },
  });
  ctx.revalidate(PATH);
  return {
    ok: true,
    message: others === 1 ? "1 other session signed out." : `${others} other sessions signed out.`,
  };
});
