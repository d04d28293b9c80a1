import { and, asc, count, desc, eq, sql } from "drizzle-orm";
import { db } from "@/db";
import { listLinked } from "./linked";
import { invitation, member, organization, user } from "@/db/schema";

export type Membership = {
  id: string;
  name: string;
  slug: string;
  logo: string | null;
  role: string;
};

/** The organizations a user belongs to, with their role, by name. */
export async function listMemberships(userId: string): Promise<Membership[]> {
  return listLinked(
    {
      id: organization.id,
      name: organization.name,
      slug: organization.slug,
      logo: organization.logo,
      role: member.role,
    },
    {
      from: member,
      to: organization,
      on: eq(member.organizationId, organization.id),
      where: eq(member.userId, userId),
    },
    asc(organization.name),
  );
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

export type OrganizationSummary = { id: string; name: string; slug: string };

export async function findOrganizationBySlug(slug: string) {
  const [row] = await db
    .select({ id: organization.id, name: organization.name, slug: organization.slug })
    .from(organization)
    .where(eq(organization.slug, slug))
    .limit(1);
  return row;
}

/** The caller's role in one organization, with the organization, or undefined. */
export async function findMemberRole(userId: string, organizationId: string) {
  const [row] = await db
    .select({
      id: organization.id,
      name: organization.name,
      slug: organization.slug,
      memberId: member.id,
      role: member.role,
    })
    .from(member)
    .innerJoin(organization, eq(member.organizationId, organization.id))
    .where(and(eq(member.userId, userId), eq(member.organizationId, organizationId)))
    .limit(1);
  return row;
}

export type OrganizationMember = {
  id: string;
  userId: string;
  name: string;
  email: string;
  role: string;
  createdAt: Date;
};

/** Everyone in an organization with their role, owners first, then by name. */
export async function listOrganizationMembers(
  organizationId: string,
): Promise<OrganizationMember[]> {
  const rows = await listLinked(
    {
      id: member.id,
      userId: member.userId,
      name: user.name,
      email: user.email,
      role: member.role,
      createdAt: member.createdAt,
    },
    {
      from: member,
      to: user,
      on: eq(member.userId, user.id),
      where: eq(member.organizationId, organizationId),
    },
    asc(user.name),
    asc(user.email),
  );
  const rank = (role: string) => (role.includes("owner") ? 0 : role.includes("admin") ? 1 : 2);
  return rows.sort((a, b) => rank(a.role) - rank(b.role));
}

export type PendingInvitation = {
  id: string;
  email: string;
  role: string | null;
  expiresAt: Date;
  expired: boolean;
  createdAt: Date;
};

/** Invitations still waiting for an answer (expired ones included, marked by `expiresAt`). */
export async function listPendingInvitations(organizationId: string): Promise<PendingInvitation[]> {
  return db
    .select({
      id: invitation.id,
      email: invitation.email,
      role: invitation.role,
      expiresAt: invitation.expiresAt,
      expired: sql<boolean>`${invitation.expiresAt} < now()`,
      createdAt: invitation.createdAt,
    })
    .from(invitation)
    .where(and(eq(invitation.organizationId, organizationId), eq(invitation.status, "pending")))
    .orderBy(desc(invitation.createdAt));
}

/** One invitation with its organization and who sent it, for the invitation page. */
export async function findInvitation(invitationId: string) {
  const [row] = await db
    .select({
      id: invitation.id,
      email: invitation.email,
      role: invitation.role,
      status: invitation.status,
      expired: sql<boolean>`${invitation.expiresAt} < now()`,
      organizationId: organization.id,
      organizationName: organization.name,
      organizationSlug: organization.slug,
      inviterName: user.name,
    })
    .from(invitation)
    .innerJoin(organization, eq(invitation.organizationId, organization.id))
    .innerJoin(user, eq(invitation.inviterId, user.id))
    .where(eq(invitation.id, invitationId))
    .limit(1);
  return row;
}

export type OrganizationListRow = OrganizationSummary & { createdAt: Date; members: number };

/** Every organization with its member count (the console's list), newest first. */
export async function listAllOrganizations(): Promise<OrganizationListRow[]> {
  return db
    .select({
      id: organization.id,
      name: organization.name,
      slug: organization.slug,
      createdAt: organization.createdAt,
      members: count(member.id),
    })
    .from(organization)
    .leftJoin(member, eq(member.organizationId, organization.id))
    .groupBy(organization.id)
    .orderBy(desc(organization.createdAt));
}

export async function findOrganizationById(organizationId: string) {
  return db.query.organization.findFirst({
    columns: { id: true, name: true, slug: true, createdAt: true },
    where: eq(organization.id, organizationId),
  });
}
