import type { Metadata } from "next";
import { LinkButton } from "@/app/_components/ui/button";
import { PageHeader } from "@/app/_components/ui/console-shell";
import { listResources } from "@/db/queries/resources";
import { requireAdmin } from "@/lib/session";
import { Badge, StatusBadge } from "@/app/_components/ui/badge";
import { MonoId, RowLink } from "@/app/_components/ui/data-table";

export const metadata: Metadata = { title: "Resources" };

export default async function ResourcesPage() {
  await requireAdmin();
  const resources = await listResources();
  return (
    <>
      <PageHeader
        title="Resources"
        description="Protected APIs (RFC 8707). A linked client that asks for one gets a JWT access token whose audience is its identifier."
        actions={<LinkButton href="/admin/resources/new">New resource</LinkButton>}
      />
      {resources.length === 0 ? (
        <p className="rounded-xl border border-dashed border-zinc-300 p-8 text-center text-sm text-zinc-500 dark:text-zinc-400 dark:border-zinc-700">
          No resources yet.
        </p>
      ) : (
        <ul className="divide-y divide-zinc-200 overflow-hidden rounded-xl border border-zinc-200 bg-white dark:divide-zinc-800 dark:border-zinc-800 dark:bg-zinc-900">
          {resources.map((r) => (
            <li key={r.id} className="flex flex-wrap items-center justify-between gap-3 p-4">
              <div className="min-w-0">
                <RowLink href={`/admin/resources/${r.id}`}>{r.name}</RowLink>
                <MonoId wrap>{r.identifier}</MonoId>
                <p className="text-xs text-zinc-500 dark:text-zinc-400">
                  Scopes: {r.allowedScopes?.length ? r.allowedScopes.join(" ") : "any"} ·{" "}
                  {r.linkedClients === 1 ? "1 linked client" : `${r.linkedClients} linked clients`}
                </p>
              </div>
              <div className="flex gap-1.5">
                <StatusBadge disabled={r.disabled} />
                {r.openToEveryClient ? <Badge tone="brand">Open to every client</Badge> : null}
                {r.dpopRequired ? <Badge tone="brand">DPoP</Badge> : null}
              </div>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
