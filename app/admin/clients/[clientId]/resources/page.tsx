import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/app/_components/ui/badge";
import { Card } from "@/app/_components/ui/card";
import { MonoId, RowLink } from "@/app/_components/ui/data-table";
import { listClientResources } from "@/db/queries/clients";
import { listResourceChoices } from "@/db/queries/resources";
import { requireClient } from "../../require-client";
import { ActionButton } from "../../../_components/action-button";
import { LinkResourceForm } from "../../../resources/_components/link-resource-form";
import { unlinkClientResource } from "../../../resources/link-actions";

export const metadata: Metadata = { title: "Client resources" };

export default async function ClientResourcesPage({
  params,
}: PageProps<"/admin/clients/[clientId]/resources">) {
  const client = await requireClient(params);
  const [linked, all] = await Promise.all([
    listClientResources(client.clientId),
    listResourceChoices(),
  ]);
  return (
    <Card className="space-y-6">
      <div>
        <h2 className="text-lg font-semibold">Protected resources</h2>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          The APIs this client may request tokens for with <code>resource=</code> (RFC 8707).
        </p>
      </div>
      {linked.length === 0 ? (
        <p className="text-sm text-zinc-500 dark:text-zinc-400">Not linked to any resource.</p>
      ) : (
        <ul aria-label="Linked resources" className="divide-y divide-zinc-200 dark:divide-zinc-800">
          {linked.map((r) => (
            <li
              key={r.identifier}
              className="flex flex-wrap items-center justify-between gap-3 py-3"
            >
              <div className="min-w-0">
                <RowLink href={`/admin/resources/${r.id}`}>{r.name}</RowLink>
                <MonoId>{r.identifier}</MonoId>
                {r.disabled ? <Badge tone="danger">Disabled</Badge> : null}
              </div>
              <ActionButton
                action={unlinkClientResource}
                fields={{ clientId: client.clientId, identifier: r.identifier }}
                label="Unlink"
                accessibleName={`Unlink ${r.name}`}
              />
            </li>
          ))}
        </ul>
      )}
      {all.length === 0 ? (
        <p className="text-sm text-zinc-500 dark:text-zinc-400">
          No resources exist yet.{" "}
          <Link
            href="/admin/resources/new"
            className="text-brand-700 underline dark:text-brand-100"
          >
            Create one
          </Link>
          .
        </p>
      ) : (
        <LinkResourceForm
          fixed={{ name: "clientId", value: client.clientId }}
          choose={{
            name: "identifier",
            label: "Resource",
            options: all.map((r) => ({
              value: r.identifier,
              label: `${r.name} (${r.identifier})`,
            })),
          }}
        />
      )}
    </Card>
  );
}
