import { makeSignature } from "better-auth/crypto";
import { auth } from "@/lib/auth";

/**
 * Runs `fn` with request headers that carry a short-lived session of `userId`, so start-up
 * code can call session-guarded plugin APIs (for example `adminCreateOAuthClient`) exactly as
 * the console does. The session is deleted afterwards.
 */
export async function withSessionOf<T>(userId: string, fn: (headers: Headers) => Promise<T>) {
  const ctx = await auth.$context;
  const session = await ctx.internalAdapter.createSession(userId, true);
  try {
    const signature = await makeSignature(session.token, ctx.secret);
    const cookie = `${ctx.authCookies.sessionToken.name}=${encodeURIComponent(`${session.token}.${signature}`)}`;
    return await fn(new Headers({ cookie }));
  } finally {
    await ctx.internalAdapter.deleteSession(session.token);
  }
}
