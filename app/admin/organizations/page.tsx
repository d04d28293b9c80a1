import type { Metadata } from "next";
import { StatusNotice } from "@/app/_components/ui/status-notice";
import { PageHeader } from "@/app/_components/ui/console-shell";
import { ListTable, MonoId, RowLink, Td } from "@/app/_components/ui/data-table";
import { formatDateTime } from "@/app/_components/ui/format-date";
import { listAllOrganizations } from "@/db/queries/organizations";
import { requireAdmin } from "@/lib/session";
import { param } from "../_components/format";

export const metadata: Metadata = { title: "Organizations" };

export default async function OrganizationsPage({
  searchParams,
}: PageProps<"/admin/organizations">) {
  await requireAdmin();
  const deleted = param((await searchParams).deleted);
  const organizations = await listAllOrganizations();
  return (
    <>
      <PageHeader
        title="Organizations"
        description="Every organization, newest first. Owners and admins run their own members and invitations at /account/organizations."
      />
      {deleted ? <StatusNotice>{deleted} was deleted.</StatusNotice> : null}
      <ListTable
        label="Organizations"
        columns={["Name", "Members", "Created"]}
        rows={organizations}
        empty="No organizations yet."
      >
        {(o) => (
          <>
            {/* At 360 px the three columns fit: long names and slugs wrap, the date may too. */}
            <Td className="wrap-anywhere">
              <RowLink href={`/admin/organizations/${o.id}`}>{o.name}</RowLink>
              <MonoId wrap>{o.slug}</MonoId>
            </Td>
            <Td className="tabular-nums">{o.members}</Td>
            <Td className="min-w-24">{formatDateTime(o.createdAt)}</Td>
          </>
        )}
      </ListTable>
    </>
  );
}
