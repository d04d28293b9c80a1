import type { NavItem } from "@/app/_components/ui/console-shell";

export const ACCOUNT_NAV: readonly NavItem[] = [
  { href: "/account", label: "Profile", exact: true },
  { href: "/account/security", label: "Security" },
  { href: "/account/apps", label: "Connected apps" },
  { href: "/account/sessions", label: "Sessions" },
  { href: "/account/organizations", label: "Organizations" },
];
