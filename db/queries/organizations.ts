import { and, asc, eq } from "drizzle-orm";
import { db } from "@/db";
import { member, organization } from "@/db/schema";

export type Membership = {
  id: string;
  name: string;
  slug: string;
  logo: string | null;
  role: string;
};

/** The organizations a user belongs to, with their role, by name. */
export async function listMemberships(userId: string): Promise<Membership[]> {
  return db
    .select({
      id: organization.id,
      name: organization.name,
      slug: organization.slug,
      logo: organization.logo,
      role: member.role,
    })
    .from(member)
    .innerJoin(organization, eq(member.organizationId, organization.id))
    .where(eq(member.userId, userId))
    .orderBy(asc(organization.name));
}

export async function findMembership(userId: string, organizationId: string) {
  const [row] = await db
    .select({ id: organization.id, name: organization.name, slug: organization.slug })
    .from(member)
    .innerJoin(organization, eq(member.organizationId, organization.id))
    .where(and(eq(member.userId, userId), eq(member.organizationId, organizationId)))
    .limit(1);
  return row;
}

export async function findOrganizationSlug(organizationId: string): Promise<string | undefined> {
  const [row] = await db
    .select({ slug: organization.slug })
    .from(organization)
    .where(eq(organization.id, organizationId))
    .limit(1);
  return row?.slug;
}
