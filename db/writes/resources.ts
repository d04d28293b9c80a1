import { eq } from "drizzle-orm";
import { db } from "@/db";
import { recordsChanged } from "@/db/record-cache";
import { openResource } from "@/db/schema";

/**
 * Opens a protected resource to every client, or closes it again (links then decide).
 * Plugin gap: the resource model has no such policy; `enforcePerClientResources` is all or
 * nothing (docs/library-facts.md#fact-80).
 */
export async function setResourceOpen(identifier: string, open: boolean) {
  if (open) {
    await db.insert(openResource).values({ resourceId: identifier }).onConflictDoNothing();
  } else {
    await db.delete(openResource).where(eq(openResource.resourceId, identifier));
  }
  // The open flag decides who may request the resource: forget cached decisions.
  await recordsChanged();
}
