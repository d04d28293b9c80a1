import { eq, sql } from "drizzle-orm";
import { db } from "@/db";
import { tokenRedemption } from "@/db/schema";

/** A claim older than this belongs to a request that died (a crash): the next one takes it over. */
const STALE_SECONDS = 30;

/**
 * Claims the redemption of `key` in one statement: true when this request owns it, false when
 * another request is redeeming the same credential right now (which is then marked `reused`).
 */
export async function claimRedemption(key: string): Promise<boolean> {
  const t = tokenRedemption;
  const stale = sql`${t.createdAt} < now() - make_interval(secs => ${STALE_SECONDS})`;
  const [row] = await db
    .insert(t)
    .values({ key })
    .onConflictDoUpdate({
      target: t.key,
      set: {
        reused: sql`not (${stale})`,
        createdAt: sql`case when ${stale} then now() else ${t.createdAt} end`,
      },
    })
    .returning({ reused: t.reused });
  return !row!.reused;
}

/** Ends the claim; true when a concurrent request tried the same credential meanwhile. */
export async function releaseRedemption(key: string): Promise<boolean> {
  const [row] = await db
    .delete(tokenRedemption)
    .where(eq(tokenRedemption.key, key))
    .returning({ reused: tokenRedemption.reused });
  return row?.reused ?? false;
}
