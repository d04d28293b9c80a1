import { eq } from "drizzle-orm";
import { db } from "@/db";
import { organization, session } from "@/db/schema";

/**
 * Deletes an organization for a platform admin: its members and invitations go with it (foreign
 * keys cascade) and no session keeps it active, in one transaction.
 *
 * Plugin gap: `/organization/delete` works only for a member with the delete permission (an
 * owner); a platform admin is usually not a member. Returns false when it was gone already.
 */
export async function deleteOrganization(organizationId: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    await tx
      .update(session)
      .set({ activeOrganizationId: null })
      .where(eq(session.activeOrganizationId, organizationId));
    const removed = await tx
      .delete(organization)
      .where(eq(organization.id, organizationId))
      .returning({ id: organization.id });
    return removed.length > 0;
  });
}
