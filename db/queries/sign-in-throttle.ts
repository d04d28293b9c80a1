import { and, eq, gt, sql } from "drizzle-orm";
import { db } from "@/db";
import { signInThrottle } from "@/db/schema";

/** The current sign-in lock of `email` (lower-cased), if any, for the user's console page. */
export async function findSignInLock(
  email: string,
): Promise<{ failures: number; lockedUntil: Date } | undefined> {
  const [row] = await db
    .select({ failures: signInThrottle.failures, lockedUntil: signInThrottle.lockedUntil })
    .from(signInThrottle)
    .where(
      and(
        eq(signInThrottle.email, email.toLowerCase()),
        gt(signInThrottle.lockedUntil, sql`now()`),
      ),
    );
  return row?.lockedUntil ? { failures: row.failures, lockedUntil: row.lockedUntil } : undefined;
}
