/** Audit event types, kept free of imports so tests can read them without the database. */

/** What people do to their own account and grants. */
export const SELF_SERVICE_EVENT_TYPES = [
  "user.sign_in",
  "user.sign_in_failed",
  "user.sign_in_locked",
  "user.sign_up",
  "user.sign_out",
  "user.password_reset_requested",
  "user.password_reset",
  "user.password_changed",
  "user.profile_updated",
  "user.email_change_requested",
  "user.email_changed",
  "user.email_verified",
  "user.two_factor_enabled",
  "user.two_factor_disabled",
  "user.passkey_added",
  "user.passkey_removed",
  "consent.granted",
  "consent.denied",
  "device.approved",
  "device.denied",
  "organization.created",
  "organization.switched",
  "organization.left",
  "organization.member_invited",
  "organization.invitation_resent",
  "organization.invitation_canceled",
  "organization.invitation_accepted",
  "organization.invitation_declined",
  "organization.member_role_changed",
  "organization.member_removed",
  "organization.ownership_transferred",
] as const;

/** What an admin does in the console. */
export const ADMIN_EVENT_TYPES = [
  "consent.revoked",
  "client.created",
  "client.updated",
  "client.secret_rotated",
  "client.disabled",
  "client.enabled",
  "client.deleted",
  "client.metadata_host_blocked",
  "client.metadata_host_unblocked",
  "resource.created",
  "resource.updated",
  "resource.deleted",
  "resource.linked",
  "resource.unlinked",
  "user.role_changed",
  "user.banned",
  "user.unbanned",
  "user.sessions_revoked",
  "user.sign_in_unlocked",
  "user.deleted",
  "key.rotated",
  "key.retired",
  "organization.deleted",
  "branding.updated",
] as const;

/** Every event type the audit log knows; the admin filter lists these. */
export const AUDIT_EVENT_TYPES = [...SELF_SERVICE_EVENT_TYPES, ...ADMIN_EVENT_TYPES] as const;
export type AuditEventType = (typeof AUDIT_EVENT_TYPES)[number];
