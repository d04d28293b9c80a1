import { eq } from "drizzle-orm";
import { db } from "@/db";
import { blockedMetadataHost } from "@/db/schema";

/**
 * Blocks or unblocks a host's Client ID Metadata Documents. Plugin gap: `@better-auth/cimd`
 * offers a pre-fetch gate only, so the list is ours. Returns whether anything changed.
 */
export async function setMetadataHostBlocked(host: string, blocked: boolean, actorId?: string) {
  const key = host.toLowerCase();
  const rows = blocked
    ? await db
        .insert(blockedMetadataHost)
        .values({ host: key, blockedBy: actorId })
        .onConflictDoNothing()
        .returning({ host: blockedMetadataHost.host })
    : await db
        .delete(blockedMetadataHost)
        .where(eq(blockedMetadataHost.host, key))
        .returning({ host: blockedMetadataHost.host });
  return rows.length > 0;
}
