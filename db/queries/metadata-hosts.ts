import { asc, eq } from "drizzle-orm";
import { db } from "@/db";
import { blockedMetadataHost } from "@/db/schema";

/** Whether an admin blocked metadata documents (and their clients) from this host. */
export async function isBlockedMetadataHost(host: string): Promise<boolean> {
  const [row] = await db
    .select({ host: blockedMetadataHost.host })
    .from(blockedMetadataHost)
    .where(eq(blockedMetadataHost.host, host.toLowerCase()));
  return !!row;
}

export async function listBlockedMetadataHosts() {
  return db
    .select({ host: blockedMetadataHost.host, createdAt: blockedMetadataHost.createdAt })
    .from(blockedMetadataHost)
    .orderBy(asc(blockedMetadataHost.host));
}
