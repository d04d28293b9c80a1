import { Button } from "@/app/_components/ui/button";
import { Card } from "@/app/_components/ui/card";
import type { ClientDetails } from "@/db/queries/clients";
import { setClientStatus } from "../lifecycle-actions";
import { isPublic } from "./client-labels";
import { DeleteClientForm } from "./delete-client-form";
import { RotateSecretForm } from "./rotate-secret-form";

export function DangerZone({ client }: { client: ClientDetails }) {
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
        <form action={setClientStatus}>
          <input type="hidden" name="client_id" value={client.clientId} />
          <input type="hidden" name="disabled" value={client.disabled ? "false" : "true"} />
          <Button type="submit" variant="secondary">
            {client.disabled ? "Enable client" : "Disable client"}
          </Button>
        </form>
      </section>
      <DeleteClientForm clientId={client.clientId} name={client.name ?? client.clientId} />
    </Card>
  );
}
