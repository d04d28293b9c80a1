import type { Metadata } from "next";
import { StatusNotice } from "@/app/_components/ui/status-notice";
import { headers } from "next/headers";
import { Badge } from "@/app/_components/ui/badge";
import { PageHeader } from "@/app/_components/ui/console-shell";
import { ListTable, RowLink, Td } from "@/app/_components/ui/data-table";
import { Field } from "@/app/_components/ui/field";
import { PAGE_SIZE, Pagination, pageParam } from "@/app/_components/ui/pagination";
import { SelectField } from "@/app/_components/ui/select-field";
import { auth, hasAdminRole } from "@/lib/auth";
import { requireAdmin } from "@/lib/session";
import { FilterBar } from "../_components/filter-bar";
import { formatDateTime } from "@/app/_components/ui/format-date";
import { param } from "../_components/format";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage({ searchParams }: PageProps<"/admin/users">) {
  await requireAdmin();
  const sp = await searchParams;
  const q = param(sp.q);
  const field = param(sp.field) === "name" ? "name" : "email";
  const page = pageParam(sp.page);
  const deleted = param(sp.deleted);
  const { users, total } = await auth.api.listUsers({
    query: {
      // Emails are stored lower-case and the plugin's "contains" is case-sensitive.
      searchValue: field === "email" ? q?.toLowerCase() : q,
      searchField: field,
      searchOperator: "contains",
      limit: PAGE_SIZE,
      offset: (page - 1) * PAGE_SIZE,
      sortBy: "createdAt",
      sortDirection: "desc",
    },
    headers: await headers(),
  });
  return (
    <>
      <PageHeader title="Users" description="Everyone with an account, newest first." />
      {deleted ? <StatusNotice>{deleted} was deleted.</StatusNotice> : null}
      <FilterBar label="Search users" resetHref="/admin/users">
        <Field label="Search" name="q" type="search" defaultValue={q} />
        <SelectField
          label="Search in"
          name="field"
          defaultValue={field}
          options={[
            { value: "email", label: "Email" },
            { value: "name", label: "Name" },
          ]}
        />
      </FilterBar>
      <ListTable
        label="Users"
        columns={["Email", "Name", "Role", "Status", "Joined"]}
        rows={users}
        empty="No users match."
      >
        {(u) => (
          <>
            <Td>
              <RowLink href={`/admin/users/${u.id}`}>{u.email}</RowLink>
            </Td>
            <Td>{u.name}</Td>
            <Td>{hasAdminRole(u.role) ? <Badge tone="brand">Admin</Badge> : "User"}</Td>
            <Td>{u.banned ? <Badge tone="danger">Banned</Badge> : <Badge>Active</Badge>}</Td>
            <Td className="whitespace-nowrap">{formatDateTime(u.createdAt)}</Td>
          </>
        )}
      </ListTable>
      <Pagination
        page={page}
        total={total}
        basePath="/admin/users"
        query={{ q, field: field === "email" ? undefined : field }}
      />
    </>
  );
}
