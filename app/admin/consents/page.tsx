import type { Metadata } from "next";
import { PageHeader } from "@/app/_components/ui/console-shell";
import { Field } from "@/app/_components/ui/field";
import { PAGE_SIZE, Pagination, pageParam } from "@/app/_components/ui/pagination";
import { SelectField } from "@/app/_components/ui/select-field";
import { listClientChoices } from "@/db/queries/clients";
import { listConsents } from "@/db/queries/consent-list";
import { requireAdmin } from "@/lib/session";
import { FilterBar } from "../_components/filter-bar";
import { param, parseDay } from "../_components/format";
import { ConsentsTable } from "./consents-table";
import { clientChoiceLabel } from "../_components/client-choice";

export const metadata: Metadata = { title: "Consents" };

export default async function ConsentsPage({ searchParams }: PageProps<"/admin/consents">) {
  await requireAdmin();
  const sp = await searchParams;
  const query = {
    user: param(sp.user),
    client: param(sp.client),
    scope: param(sp.scope),
    from: param(sp.from),
    to: param(sp.to),
  };
  const page = pageParam(sp.page);
  const [{ rows, total }, clients] = await Promise.all([
    listConsents(
      {
        email: query.user,
        clientId: query.client,
        scope: query.scope,
        from: parseDay(query.from),
        to: parseDay(query.to, true),
      },
      page,
      PAGE_SIZE,
    ),
    listClientChoices(),
  ]);
  const returnParams = new URLSearchParams(
    Object.entries({ ...query, page: page > 1 ? String(page) : undefined }).filter(
      (e): e is [string, string] => !!e[1],
    ),
  ).toString();
  return (
    <>
      <PageHeader
        title="Consents"
        description="What each user allowed each client. Revoking removes the consent and the tokens that user's grant gave the client; the next sign-in asks again."
      />
      <FilterBar label="Filter consents" resetHref="/admin/consents">
        <Field label="User email" name="user" type="search" defaultValue={query.user} />
        <SelectField
          label="Client"
          name="client"
          defaultValue={query.client ?? ""}
          options={[
            { value: "", label: "All clients" },
            ...clients.map((c) => ({ value: c.clientId, label: clientChoiceLabel(c) })),
          ]}
        />
        <Field label="Scope" name="scope" defaultValue={query.scope} placeholder="e.g. email" />
        <div className="grid grid-cols-2 gap-2">
          <Field label="Granted from" name="from" type="date" defaultValue={query.from} />
          <Field label="Granted to" name="to" type="date" defaultValue={query.to} />
        </div>
      </FilterBar>
      <ConsentsTable
        rows={rows}
        returnTo={returnParams ? `/admin/consents?${returnParams}` : "/admin/consents"}
      />
      <Pagination page={page} total={total} basePath="/admin/consents" query={query} />
    </>
  );
}
