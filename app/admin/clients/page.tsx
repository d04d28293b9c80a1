import type { Metadata } from "next";
import { buttonClass, LinkButton } from "@/app/_components/ui/button";
import { PageHeader } from "@/app/_components/ui/console-shell";
import { ListTable, MonoId, RowLink, Td } from "@/app/_components/ui/data-table";
import { Pagination, pageParam } from "@/app/_components/ui/pagination";
import { CLIENTS_PAGE_SIZE, listClients } from "@/db/queries/clients";
import { requireAdmin } from "@/lib/session";
import { param } from "../_components/format";
import { ClientBadges } from "./_components/client-badges";
import { formatDate, ownerLabel } from "./_components/client-labels";

export const metadata: Metadata = { title: "Clients" };

export default async function ClientsPage({ searchParams }: PageProps<"/admin/clients">) {
  await requireAdmin();
  const params = await searchParams;
  const q = param(params.q) ?? "";
  const page = pageParam(params.page);
  const { rows, total } = await listClients({ q, page });

  return (
    <>
      <PageHeader
        title="Clients"
        description="Every application registered with this provider, whoever registered it."
        actions={<LinkButton href="/admin/clients/new">New client</LinkButton>}
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
      <ListTable
        label="Clients"
        columns={["Name", "Status", "Owner", "Last used"]}
        rows={rows}
        rowKey={(c) => c.clientId}
        empty={`No clients${q ? " match this search" : " yet"}.`}
      >
        {(c) => (
          <>
            <Td className="max-w-72">
              <RowLink href={`/admin/clients/${encodeURIComponent(c.clientId)}`}>
                {c.name ?? c.clientId}
              </RowLink>
              <MonoId>{c.clientId}</MonoId>
            </Td>
            <Td>
              <ClientBadges client={c} />
            </Td>
            <Td className="text-zinc-600 dark:text-zinc-400">{ownerLabel(c)}</Td>
            <Td className="whitespace-nowrap text-zinc-600 dark:text-zinc-400">
              {formatDate(c.lastUsedAt)}
            </Td>
          </>
        )}
      </ListTable>
      <Pagination
        page={page}
        pageSize={CLIENTS_PAGE_SIZE}
        total={total}
        basePath="/admin/clients"
        query={{ q: q || undefined }}
      />
    </>
  );
}
