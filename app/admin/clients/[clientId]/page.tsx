import type { Metadata } from "next";
import { FormMessage } from "@/app/_components/form/form-message";
import { Card } from "@/app/_components/ui/card";
import { isBlockedMetadataHost } from "@/db/queries/metadata-hosts";
import { ISSUER } from "@/lib/auth";
import { metadataDocumentHost } from "@/lib/oauth/metadata-documents";
import { env } from "@/lib/env";
import { requireClient } from "../require-client";
import { DangerZone } from "../_components/danger-zone";
import { IntegrationSnippet } from "../_components/integration-snippet";
import { SettingsForm } from "../_components/settings-form";

export const metadata: Metadata = { title: "Client settings" };

export default async function ClientSettingsPage({
  params,
  searchParams,
}: PageProps<"/admin/clients/[clientId]">) {
  const client = await requireClient(params);
  const { saved } = await searchParams;
  const host = metadataDocumentHost(client.clientId);
  const hostBlocked = host ? await isBlockedMetadataHost(host) : false;
  return (
    <div className="space-y-6">
      {saved ? <FormMessage tone="info" message="Settings saved." /> : null}
      <IntegrationSnippet client={client} issuer={ISSUER} />
      <Card>
        <h2 className="mb-4 text-lg font-semibold">Settings</h2>
        {/* Keyed by the last change, so a saved form starts from the stored values. */}
        <SettingsForm
          key={client.updatedAt?.getTime() ?? 0}
          client={client}
          pairwiseAvailable={!!env.PAIRWISE_SECRET}
        />
      </Card>
      <DangerZone client={client} hostBlocked={hostBlocked} />
    </div>
  );
}
