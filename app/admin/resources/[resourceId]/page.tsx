import type { Metadata } from "next";
import { FormMessage } from "@/app/_components/form/form-message";
import { Card } from "@/app/_components/ui/card";
import { RowLink } from "@/app/_components/ui/data-table";
import { listClientChoices } from "@/db/queries/clients";
import { getResource, listResourceClients } from "@/db/queries/resources";
import { ActionButton } from "../../_components/action-button";
import { ConfirmDeleteCard } from "../../_components/confirm-delete-form";
import { clientChoiceLabel } from "../../_components/client-choice";
import { LinkResourceForm } from "../_components/link-resource-form";
import { ResourceForm } from "../_components/resource-form";
import { deleteResource } from "../actions";
import { unlinkClientResource } from "../link-actions";
import { DetailHeader } from "../../_components/detail-header";
import { requireRecord } from "../../_components/require-record";

export const metadata: Metadata = { title: "Resource" };

export default async function ResourcePage({
  params,
  searchParams,
}: PageProps<"/admin/resources/[resourceId]">) {
  const resource = await requireRecord((await params).resourceId, getResource);
  const { saved } = await searchParams;
  const [linked, clients] = await Promise.all([
    listResourceClients(resource.identifier),
    listClientChoices(),
  ]);
  return (
    <>
      <DetailHeader
        back={{ href: "/admin/resources", label: "Resources" }}
        title={resource.name}
        description={<span className="font-mono break-all">{resource.identifier}</span>}
      />
      <div className="space-y-6">
        {saved ? <FormMessage tone="info" message="Resource saved." /> : null}
        <Card>
          <ResourceForm key={resource.updatedAt?.getTime() ?? 0} resource={resource} />
        </Card>
        <Card className="space-y-4">
          <h2 className="text-lg font-semibold">Linked clients</h2>
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            A linked client may request tokens for this resource and introspect any token issued for
            it: link the API&apos;s own client here to make it the resource server.
          </p>
          {linked.length === 0 ? (
            <p className="text-sm text-zinc-500 dark:text-zinc-400">
              No client may request this resource yet.
            </p>
          ) : (
            <ul
              aria-label="Linked clients"
              className="divide-y divide-zinc-200 dark:divide-zinc-800"
            >
              {linked.map((c) => (
                <li
                  key={c.clientId}
                  className="flex flex-wrap items-center justify-between gap-3 py-3"
                >
                  <RowLink href={`/admin/clients/${c.clientId}`}>{c.name ?? c.clientId}</RowLink>
                  <ActionButton
                    action={unlinkClientResource}
                    fields={{ clientId: c.clientId, identifier: resource.identifier }}
                    label="Unlink"
                    accessibleName={`Unlink ${c.name ?? c.clientId}`}
                  />
                </li>
              ))}
            </ul>
          )}
          <LinkResourceForm
            fixed={{ name: "identifier", value: resource.identifier }}
            choose={{
              name: "clientId",
              label: "Client",
              options: clients.map((c) => ({ value: c.clientId, label: clientChoiceLabel(c) })),
            }}
          />
        </Card>
        <ConfirmDeleteCard action={deleteResource} record={resource} title="Delete resource">
          Clients can no longer request tokens for it, and its links are removed.
        </ConfirmDeleteCard>
      </div>
    </>
  );
}
