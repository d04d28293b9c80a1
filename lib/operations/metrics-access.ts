import { createHash, timingSafeEqual } from "node:crypto";

const digest = (value: string) => createHash("sha256").update(value).digest();

/** True when `authorization` is `Bearer <token>`; compared in constant time. */
export function bearerMatches(authorization: string | null, token: string): boolean {
  const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? "");
  return !!match && timingSafeEqual(digest(match[1]!), digest(token));
}
