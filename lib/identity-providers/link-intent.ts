import { constantTimeEqual, makeSignature } from "better-auth/crypto";
import { env } from "@/lib/env";

/**
 * "Link this provider to my account", chosen on /account/security: a short-lived cookie naming
 * the signed-in user and the provider, signed with BETTER_AUTH_SECRET. The upstream callback
 * links the identity to that user only if the same user's session comes back with it.
 */
export const LINK_INTENT_COOKIE = "gatehouse.link_intent";
export const LINK_INTENT_MAX_AGE = 10 * 60;

const payload = (userId: string, providerId: string) => `${userId}:${providerId}`;

export async function linkIntentValue(userId: string, providerId: string): Promise<string> {
  const value = payload(userId, providerId);
  return `${value}.${await makeSignature(value, env.BETTER_AUTH_SECRET)}`;
}

/** Whether `cookie` is an intent of `userId` for `providerId`. */
export async function isLinkIntent(
  cookie: string | undefined,
  userId: string,
  providerId: string,
): Promise<boolean> {
  if (!cookie) return false;
  const expected = await linkIntentValue(userId, providerId);
  return cookie.length === expected.length && constantTimeEqual(cookie, expected);
}
