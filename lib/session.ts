import "server-only";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { auth, hasAdminRole } from "@/lib/auth";

/** The current session (or null), once per request. */
export const getSession = cache(async () => auth.api.getSession({ headers: await headers() }));

export type Session = NonNullable<Awaited<ReturnType<typeof getSession>>>;

export async function requireSession(returnTo = "/account"): Promise<Session> {
  const session = await getSession();
  if (!session) redirect(`/sign-in?redirect_to=${encodeURIComponent(returnTo)}`);
  return session;
}

/** Admin pages and actions: anyone else gets a 404, never the content. */
export async function requireAdmin(): Promise<Session> {
  const session = await getSession();
  if (!session || !hasAdminRole((session.user as { role?: unknown }).role)) notFound();
  return session;
}
