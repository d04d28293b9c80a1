import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/app/_components/ui/button";
import { PageHeader } from "@/app/_components/ui/console-shell";
import { listClients } from "@/db/queries/clients";
import { requireAdmin } from "@/lib/session";
import { StatusPill } from "../_components/status-pill";
import { formatDate, isPublic, kindLabel, ownerLabel } from "./_components/client-labels";
import { Pagination } from "./_components/pagination";

export const metadata: Metadata = { title: "Clients" };

export default async function ClientsPage({ searchParams }: PageProps<"/admin/clients">) {
  await requireAdmin();
  const params = await searchParams;
  const q = typeof params.q === "string" ? params.q.slice(0, 200) : "";
  const page = Math.max(1, Math.min(10_000, Number.parseInt(String(params.page ?? "1"), 10) || 1));
  const { rows, total, pageCount } = await listClients({ q, page });

  return (
    <>
      <PageHeader
        title="Clients"
        description="Every application registered with this provider, whoever registered it."
        actions={
          <Link href="/admin/clients/new" className={buttonClass("primary")}>
            New client
          </Link>
        }
      />
      <form role="search" className="mb-4 flex flex-wrap gap-2" action="/admin/clients">
        <label htmlFor="client-search" className="sr-only">
          Search clients
        </label>
        <input
          id="client-search"
          name="q"
          type="search"
          defaultValue={q}
          placeholder="Search by name or client ID"
          className="h-10 min-w-0 flex-1 rounded-lg border border-zinc-300 bg-white px-3 text-sm dark:border-zinc-700 dark:bg-zinc-950"
        />
        <button type="submit" className={buttonClass("secondary")}>
          Search
        </button>
      </form>
      <p className="mb-2 text-sm text-zinc-600 dark:text-zinc-400" aria-live="polite">
        {total === 1 ? "1 client" : `${total} clients`}
        {q ? ` matching “${q}”` : ""}
      </p>
      {rows.length === 0 ? (
        <p className="rounded-xl border border-dashed border-zinc-300 p-8 text-center text-sm text-zinc-500 dark:text-zinc-400 dark:border-zinc-700">
          No clients{q ? " match this search" : " yet"}.
        </p>
      ) : (
        <ul className="divide-y divide-zinc-200 overflow-hidden rounded-xl border border-zinc-200 bg-white md:hidden dark:divide-zinc-800 dark:border-zinc-800 dark:bg-zinc-900">
          {rows.map((c) => (
            <li key={c.clientId} className="space-y-1 p-4">
              <Link
                href={`/admin/clients/${c.clientId}`}
                className="font-medium text-brand-700 hover:underline dark:text-brand-100"
              >
                {c.name ?? c.clientId}
              </Link>
              <p className="truncate font-mono text-xs text-zinc-500 dark:text-zinc-400">
                {c.clientId}
              </p>
              <div className="flex flex-wrap gap-1.5">
                <StatusPill tone={c.disabled ? "red" : "green"}>
                  {c.disabled ? "Disabled" : "Active"}
                </StatusPill>
                <StatusPill>{isPublic(c) ? "Public" : "Confidential"}</StatusPill>
                <StatusPill tone="brand">{kindLabel(c)}</StatusPill>
              </div>
              <p className="text-xs text-zinc-500 dark:text-zinc-400">
                Owner {ownerLabel(c)} · Last used {formatDate(c.lastUsedAt)}
              </p>
            </li>
          ))}
        </ul>
      )}
      {rows.length > 0 ? (
        <div className="hidden overflow-x-auto rounded-xl border border-zinc-200 bg-white md:block dark:border-zinc-800 dark:bg-zinc-900">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Clients</caption>
            <thead className="border-b border-zinc-200 text-xs text-zinc-500 dark:text-zinc-400 uppercase dark:border-zinc-800">
              <tr>
                <th scope="col" className="px-4 py-3 font-medium">
                  Name
                </th>
                <th scope="col" className="px-4 py-3 font-medium">
                  Type
                </th>
                <th scope="col" className="px-4 py-3 font-medium">
                  Status
                </th>
                <th scope="col" className="px-4 py-3 font-medium">
                  Owner
                </th>
                <th scope="col" className="px-4 py-3 font-medium">
                  Last used
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
              {rows.map((c) => (
                <tr key={c.clientId}>
                  <td className="max-w-64 px-4 py-3">
                    <Link
                      href={`/admin/clients/${c.clientId}`}
                      className="font-medium text-brand-700 hover:underline dark:text-brand-100"
                    >
                      {c.name ?? c.clientId}
                    </Link>
                    <p className="truncate font-mono text-xs text-zinc-500 dark:text-zinc-400">
                      {c.clientId}
                    </p>
                  </td>
                  <td className="px-4 py-3">
                    <p>{kindLabel(c)}</p>
                    <p className="text-xs text-zinc-500 dark:text-zinc-400">
                      {isPublic(c) ? "Public" : "Confidential"}
                    </p>
                  </td>
                  <td className="px-4 py-3">
                    <StatusPill tone={c.disabled ? "red" : "green"}>
                      {c.disabled ? "Disabled" : "Active"}
                    </StatusPill>
                  </td>
                  <td className="px-4 py-3 text-zinc-600 dark:text-zinc-400">{ownerLabel(c)}</td>
                  <td className="px-4 py-3 whitespace-nowrap text-zinc-600 dark:text-zinc-400">
                    {formatDate(c.lastUsedAt)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <Pagination page={page} pageCount={pageCount} q={q} />
    </>
  );
}
