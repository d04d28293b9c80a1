import { Badge } from "@/app/_components/ui/badge";
import { Card } from "@/app/_components/ui/card";
import type { UserProfile } from "@/db/queries/users";
import type { Membership } from "@/db/queries/organizations";
import { hasAdminRole } from "@/lib/auth";
import { formatDateTime } from "@/app/_components/ui/format-date";

export function ProfileCard({
  user,
  memberships,
}: {
  user: UserProfile;
  memberships: Membership[];
}) {
  const rows: [string, React.ReactNode][] = [
    ["Name", user.name],
    ["Email", `${user.email}${user.emailVerified ? " (verified)" : " (not verified)"}`],
    [
      "User ID",
      <span key="id" className="font-mono text-xs">
        {user.id}
      </span>,
    ],
    [
      "Role",
      hasAdminRole(user.role) ? (
        <Badge key="r" tone="brand">
          Admin
        </Badge>
      ) : (
        "User"
      ),
    ],
    ["Two-factor", user.twoFactorEnabled ? "On" : "Off"],
    ["Joined", formatDateTime(user.createdAt)],
    [
      "Status",
      user.banned ? (
        <span key="b">
          <Badge tone="danger">Banned</Badge> {user.banReason ? `“${user.banReason}”` : null}
          {user.banExpires ? ` until ${formatDateTime(user.banExpires)}` : " (permanent)"}
        </span>
      ) : (
        "Active"
      ),
    ],
    [
      "Organizations",
      memberships.length ? memberships.map((m) => `${m.name} (${m.role})`).join(", ") : "None",
    ],
  ];
  return (
    <Card>
      <dl className="grid grid-cols-1 gap-x-6 gap-y-2 text-sm sm:grid-cols-[10rem_1fr]">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-zinc-500 dark:text-zinc-400">{label}</dt>
            <dd className="min-w-0 break-words">{value}</dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}
