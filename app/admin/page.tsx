import Link from "next/link";
import { PageHeader } from "@/app/_components/ui/console-shell";
import { latestAuditEvents } from "@/db/queries/audit";
import { overviewCounts } from "@/db/queries/overview";
import { requireAdmin } from "@/lib/session";
import { AuditTable } from "./_components/audit-table";

export default async function AdminOverviewPage() {
  await requireAdmin();
  const [counts, events] = await Promise.all([overviewCounts(), latestAuditEvents(10)]);
  const stats = [
    { label: "Users", value: counts.users, href: "/admin/users" },
    { label: "Clients", value: counts.clients, href: "/admin/clients" },
    { label: "Active sessions", value: counts.activeSessions, href: "/admin/users" },
    { label: "Consents", value: counts.consents, href: "/admin/consents" },
    {
      label: "Sign-ins (24 h)",
      value: counts.signIns24h,
      href: "/admin/audit?type=user.sign_in",
    },
  ];
  return (
    <>
      <PageHeader title="Overview" description="Your identity provider at a glance." />
      <section aria-labelledby="stats-heading">
        <h2 id="stats-heading" className="sr-only">
          Totals
        </h2>
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5">
          {stats.map((s) => (
            <div
              key={s.label}
              className="rounded-xl border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900"
            >
              <dt className="text-xs font-medium text-zinc-500 dark:text-zinc-400">
                <Link href={s.href} className="hover:underline">
                  {s.label}
                </Link>
              </dt>
              <dd className="mt-1 text-2xl font-semibold tabular-nums">{s.value}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="latest-heading" className="mt-8">
        <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="latest-heading" className="text-lg font-semibold">
            Latest events
          </h2>
          <Link
            href="/admin/audit"
            className="text-sm font-medium text-brand-600 hover:underline dark:text-brand-100"
          >
            Open the audit log
          </Link>
        </div>
        <AuditTable rows={events} compact />
      </section>
      <section aria-labelledby="links-heading" className="mt-8">
        <h2 id="links-heading" className="mb-3 text-lg font-semibold">
          Quick links
        </h2>
        <ul className="flex flex-wrap gap-2 text-sm">
          {(
            [
              ["/admin/clients/new", "Register a client"],
              ["/admin/users", "Find a user"],
              ["/admin/keys", "Signing keys"],
              ["/admin/outbox", "Mail outbox"],
            ] as const
          ).map(([href, label]) => (
            <li key={href}>
              <Link
                href={href}
                className="inline-block rounded-lg border border-zinc-300 px-3 py-1.5 font-medium hover:bg-zinc-50 dark:border-zinc-700 dark:hover:bg-zinc-800"
              >
                {label}
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
