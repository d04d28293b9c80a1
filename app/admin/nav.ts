import type { NavItem } from "@/app/_components/ui/console-shell";

/** The console sections; the first four names are part of the public contract (docs/architecture.md). */
export const ADMIN_NAV: readonly NavItem[] = [
  { href: "/admin", label: "Overview", exact: true },
  { href: "/admin/clients", label: "Clients" },
  { href: "/admin/resources", label: "Resources" },
  { href: "/admin/consents", label: "Consents" },
  { href: "/admin/users", label: "Users" },
  { href: "/admin/identity-providers", label: "Identity providers" },
  { href: "/admin/organizations", label: "Organizations" },
  { href: "/admin/keys", label: "Signing keys" },
  { href: "/admin/branding", label: "Branding" },
  { href: "/admin/audit", label: "Audit log" },
  { href: "/admin/outbox", label: "Outbox" },
];
