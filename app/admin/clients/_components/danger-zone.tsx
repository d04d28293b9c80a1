import { Card } from "@/app/_components/ui/card";
import type { ClientDetails } from "@/db/queries/clients";
import { ActionButton } from "../../_components/action-button";
import { ConfirmDeleteForm } from "../../_components/confirm-delete-form";
import { deleteClient, setClientStatus } from "../lifecycle-actions";
import { setMetadataHostStatus } from "../metadata-host-actions";
import { isMetadataDocumentClient, isPublic } from "./client-labels";
import { RotateSecretForm } from "./rotate-secret-form";

export function DangerZone({
  client,
  hostBlocked = false,
}: {
  client: ClientDetails;
  /** For a metadata-document client: whether its host is blocked. */
  hostBlocked?: boolean;
}) {
  return (
    <Card className="space-y-6">
      <h2 className="text-lg font-semibold">Credentials and lifecycle</h2>
      {isPublic(client) ? null : <RotateSecretForm clientId={client.clientId} />}
      <section className="space-y-2">
        <h3 className="font-medium">{client.disabled ? "Enable client" : "Disable client"}</h3>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          {client.disabled
            ? "The client is disabled: it cannot sign anyone in or get tokens."
            : "A disabled client cannot sign anyone in or get tokens; you can enable it again."}
        </p>
        <ActionButton
          action={setClientStatus}
          fields={{ clientId: client.clientId, disabled: client.disabled ? "false" : "true" }}
          label={client.disabled ? "Enable client" : "Disable client"}
        />
      </section>
      {isMetadataDocumentClient(client) ? (
        <MetadataHost clientId={client.clientId} blocked={hostBlocked} />
      ) : null}
      <ConfirmDeleteForm
        action={deleteClient}
        hidden={{ clientId: client.clientId }}
        name={client.name ?? client.clientId}
        title="Delete client"
        level={3}
      >
        Deleting removes the client with its consents and tokens. This cannot be undone.
      </ConfirmDeleteForm>
    </Card>
  );
}

function MetadataHost({ clientId, blocked }: { clientId: string; blocked: boolean }) {
  const host = new URL(clientId).host;
  return (
    <section className="space-y-2">
      <h3 className="font-medium">Metadata document host</h3>
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        {blocked
          ? `${host} is blocked: no client whose metadata document lives there can sign anyone in or get tokens.`
          : `This client describes itself in a document on ${host}. Blocking the host refuses every client published there.`}
      </p>
      <ActionButton
        action={setMetadataHostStatus}
        fields={{ clientId, blocked: blocked ? "false" : "true" }}
        label={blocked ? `Unblock ${host}` : `Block ${host}`}
      />
    </section>
  );
}
