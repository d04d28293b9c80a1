import { eq, sql } from "drizzle-orm";
import { db } from "@/db";
import { signInThrottle } from "@/db/schema";

export type ThrottlePolicy = {
  /** Failures (within `windowSeconds` of each other) before the first lock. */
  threshold: number;
  /** Length of the first lock; each further failure doubles it, up to `maxSeconds`. */
  baseSeconds: number;
  maxSeconds: number;
  windowSeconds: number;
};

/** Seconds until `email` may try again, or 0. */
export async function lockedFor(email: string): Promise<number> {
  const [row] = await db
    .select({
      seconds: sql<number>`ceil(extract(epoch from (${signInThrottle.lockedUntil} - now())))::int`,
    })
    .from(signInThrottle)
    .where(eq(signInThrottle.email, email));
  return Math.max(0, row?.seconds ?? 0);
}

/**
 * Counts one failed sign-in for `email` in a single statement (concurrent failures all count)
 * and, from `threshold` on, locks for `baseSeconds · 2^(failures − threshold)` capped at
 * `maxSeconds`. Returns the failure count and the lock length in seconds (0 when not locked).
 */
export async function recordSignInFailure(
  email: string,
  policy: ThrottlePolicy,
): Promise<{ failures: number; lockSeconds: number }> {
  const t = signInThrottle;
  const failures = sql`(case when ${t.updatedAt} < now() - make_interval(secs => ${policy.windowSeconds}) then 1 else ${t.failures} + 1 end)`;
  const lockSeconds = sql`least(${policy.maxSeconds}::float8, ${policy.baseSeconds}::float8 * power(2::float8, ${failures} - ${policy.threshold}))`;
  const [row] = await db
    .insert(t)
    .values({
      email,
      failures: 1,
      lockedUntil:
        policy.threshold <= 1 ? sql`now() + make_interval(secs => ${policy.baseSeconds})` : null,
    })
    .onConflictDoUpdate({
      target: t.email,
      set: {
        failures,
        lockedUntil: sql`case when ${failures} >= ${policy.threshold} then now() + make_interval(secs => ${lockSeconds}) else ${t.lockedUntil} end`,
        updatedAt: sql`now()`,
      },
    })
    .returning({
      failures: t.failures,
      lockSeconds: sql<number>`greatest(0, ceil(extract(epoch from (${t.lockedUntil} - now()))))::int`,
    });
  return { failures: row!.failures, lockSeconds: row!.lockSeconds };
}

/** Forgets the failures of `email` (a successful sign-in, or an admin's unlock). */
export async function clearSignInFailures(email: string): Promise<boolean> {
  const removed = await db
    .delete(signInThrottle)
    .where(eq(signInThrottle.email, email))
    .returning({ email: signInThrottle.email });
  return removed.length > 0;
}
