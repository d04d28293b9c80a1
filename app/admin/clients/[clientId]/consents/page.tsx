import type { Metadata } from "next";
import { Card } from "@/app/_components/ui/card";
import { listConsents } from "@/db/queries/consent-list";
import { requireClient } from "../../require-client";
import { ConsentsTable } from "../../../consents/consents-table";

export const metadata: Metadata = { title: "Client consents" };

export default async function ClientConsentsPage({
  params,
}: PageProps<"/admin/clients/[clientId]/consents">) {
  const client = await requireClient(params);
  const { rows } = await listConsents({ clientId: client.clientId }, 1, 200);
  return (
    <Card className="space-y-4">
      <div>
        <h2 className="text-lg font-semibold">Consents</h2>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          People who allowed this app. Revoking also ends the app&apos;s tokens for them; they are
          asked again next time.
        </p>
      </div>
      <ConsentsTable
        rows={rows}
        returnTo={`/admin/clients/${encodeURIComponent(client.clientId)}/consents`}
        showClient={false}
        emptyText="Nobody has consented to this client."
      />
    </Card>
  );
}
