import type { Metadata } from "next";
import { PageHeader } from "@/app/_components/ui/console-shell";
import { Field } from "@/app/_components/ui/field";
import { PAGE_SIZE, Pagination, pageParam } from "@/app/_components/ui/pagination";
import { SelectField } from "@/app/_components/ui/select-field";
import { listAuditEvents } from "@/db/queries/audit";
import { AUDIT_EVENT_TYPES } from "@/lib/audit";
import { requireAdmin } from "@/lib/session";
import { AuditTable } from "../_components/audit-table";
import { FilterBar } from "../_components/filter-bar";
import { param, parseDay } from "../_components/format";

export const metadata: Metadata = { title: "Audit log" };

export default async function AuditLogPage({ searchParams }: PageProps<"/admin/audit">) {
  await requireAdmin();
  const sp = await searchParams;
  const typeParam = param(sp.type);
  const type = (AUDIT_EVENT_TYPES as readonly string[]).includes(typeParam ?? "")
    ? typeParam
    : undefined;
  const query = { type, actor: param(sp.actor), from: param(sp.from), to: param(sp.to) };
  const page = pageParam(sp.page);
  const { rows, total } = await listAuditEvents(
    { type, actor: query.actor, from: parseDay(query.from), to: parseDay(query.to, true) },
    page,
    PAGE_SIZE,
  );
  return (
    <>
      <PageHeader
        title="Audit log"
        description="Security events, newest first. The log is append-only: entries cannot be edited or deleted."
      />
      <FilterBar label="Filter events" resetHref="/admin/audit">
        <SelectField
          label="Event type"
          name="type"
          defaultValue={type ?? ""}
          options={[
            { value: "", label: "All events" },
            ...AUDIT_EVENT_TYPES.map((t) => ({ value: t, label: t })),
          ]}
        />
        <Field label="Actor (email or user ID)" name="actor" defaultValue={query.actor} />
        <Field label="From" name="from" type="date" defaultValue={query.from} />
        <Field label="To" name="to" type="date" defaultValue={query.to} />
      </FilterBar>
      <AuditTable rows={rows} />
      <Pagination page={page} total={total} basePath="/admin/audit" query={query} />
    </>
  );
}
