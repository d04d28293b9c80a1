/**
 * Organization roles as the organization plugin stores them (comma-separated on `member.role`).
 * Owners and admins manage members and invitations; only owners hand out or take away the
 * owner role (the plugin enforces that too). Free of server imports: pages and tests read it.
 */
export const ORGANIZATION_ROLES = ["member", "admin", "owner"] as const;
export type OrganizationRole = (typeof ORGANIZATION_ROLES)[number];

export const ROLE_LABELS: Record<OrganizationRole, string> = {
  member: "Member",
  admin: "Admin",
  owner: "Owner",
};

const roles = (role: string | null | undefined) => (role ?? "").split(",").map((r) => r.trim());

export const isOwner = (role: string | null | undefined) => roles(role).includes("owner");

/** Owners and admins run the organization: invitations, roles, removals. */
export const canManageMembers = (role: string | null | undefined) =>
  roles(role).some((r) => r === "owner" || r === "admin");

/** "owner,admin" → "Owner, Admin"; unknown roles keep their name. */
export const roleLabel = (role: string | null | undefined) =>
  roles(role)
    .filter(Boolean)
    .map((r) => ROLE_LABELS[r as OrganizationRole] ?? r)
    .join(", ");

/** The roles `role` may give to others: owners every role, admins member and admin. */
export const assignableRoles = (role: string | null | undefined): OrganizationRole[] =>
  isOwner(role) ? [...ORGANIZATION_ROLES] : canManageMembers(role) ? ["member", "admin"] : [];
