import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Button } from "@/app/_components/ui/button";
import { Card } from "@/app/_components/ui/card";
import { getClientDetails, listClientConsents } from "@/db/queries/clients";
import { requireAdmin } from "@/lib/session";
import { revokeConsent } from "../../access-actions";
import { formatDate } from "../../_components/client-labels";

export const metadata: Metadata = { title: "Client consents" };

export default async function ClientConsentsPage({
  params,
}: PageProps<"/admin/clients/[clientId]/consents">) {
  await requireAdmin();
  const { clientId } = await params;
  const client = await getClientDetails(decodeURIComponent(clientId));
  if (!client) notFound();
  const consents = await listClientConsents(client.clientId);
  return (
    <Card className="space-y-4">
      <div>
        <h2 className="text-lg font-semibold">Consents</h2>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          People who allowed this app. Revoking also ends the app&apos;s tokens for them; they are
          asked again next time.
        </p>
      </div>
      {consents.length === 0 ? (
        <p className="text-sm text-zinc-500 dark:text-zinc-400">
          Nobody has consented to this client.
        </p>
      ) : (
        <ul aria-label="Consents" className="divide-y divide-zinc-200 dark:divide-zinc-800">
          {consents.map((c) => (
            <li key={c.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
              <div className="min-w-0">
                <p className="font-medium break-all">{c.email}</p>
                <p className="text-xs text-zinc-500 dark:text-zinc-400">
                  {c.scopes.join(" ")} · {formatDate(c.updatedAt)}
                  {c.referenceId ? ` · organization ${c.referenceId}` : ""}
                </p>
              </div>
              <form action={revokeConsent}>
                <input type="hidden" name="client_id" value={client.clientId} />
                <input type="hidden" name="user_id" value={c.userId ?? ""} />
                <Button type="submit" variant="secondary" aria-label={`Revoke ${c.email}`}>
                  Revoke
                </Button>
              </form>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
