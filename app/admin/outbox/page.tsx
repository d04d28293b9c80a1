import type { Metadata } from "next";
import { PageHeader } from "@/app/_components/ui/console-shell";
import { ListTable, RowLink, Td } from "@/app/_components/ui/data-table";
import { PAGE_SIZE, Pagination, pageParam } from "@/app/_components/ui/pagination";
import { listOutbox } from "@/db/queries/outbox";
import { env } from "@/lib/env";
import { requireAdmin } from "@/lib/session";
import { formatDateTime } from "@/app/_components/ui/format-date";

export const metadata: Metadata = { title: "Outbox" };

export default async function OutboxPage({ searchParams }: PageProps<"/admin/outbox">) {
  await requireAdmin();
  const page = pageParam((await searchParams).page);
  const { rows, total } = await listOutbox(page, PAGE_SIZE);
  return (
    <>
      <PageHeader
        title="Outbox"
        description="Mail Gatehouse would have sent (password resets, verification links) while no SMTP server is configured."
      />
      {env.SMTP_URL ? (
        <p
          role="note"
          className="mb-4 rounded-lg bg-brand-50 px-3 py-2 text-sm text-brand-700 dark:bg-brand-500/15 dark:text-brand-100"
        >
          SMTP_URL is configured: mail goes out through your SMTP server and this outbox stays
          unused. Older messages below were written before it was set.
        </p>
      ) : null}
      <ListTable
        label="Messages"
        columns={["Time", "Recipient", "Subject"]}
        rows={rows}
        empty="The outbox is empty."
      >
        {(m) => (
          <>
            <Td className="whitespace-nowrap text-zinc-600 dark:text-zinc-400">
              {formatDateTime(m.createdAt)}
            </Td>
            <Td>{m.recipient}</Td>
            <Td>
              <RowLink href={`/admin/outbox/${m.id}`}>{m.subject}</RowLink>
            </Td>
          </>
        )}
      </ListTable>
      <Pagination page={page} total={total} basePath="/admin/outbox" />
    </>
  );
}
