import type { ClientDetails } from "@/db/queries/clients";
import { CopyButton } from "../../_components/copy-button";
import { isPublic } from "./client-labels";

/** A ready-to-paste configuration for the client's developers (no secret). */
export function IntegrationSnippet({ client, issuer }: { client: ClientDetails; issuer: string }) {
  const lines = [
    `OIDC_ISSUER=${issuer}`,
    `OIDC_DISCOVERY_URL=${issuer}/.well-known/openid-configuration`,
    `OIDC_CLIENT_ID=${client.clientId}`,
  ];
  if (!isPublic(client)) lines.push("OIDC_CLIENT_SECRET=<the secret shown when it was created>");
  if (client.redirectUris[0]) lines.push(`OIDC_REDIRECT_URI=${client.redirectUris[0]}`);
  const scopes = (client.scopes ?? []).join(" ");
  if (scopes) lines.push(`OIDC_SCOPE="${scopes}"`);
  const snippet = lines.join("\n");
  return (
    <section
      aria-labelledby="integration-heading"
      className="rounded-2xl border border-zinc-200 bg-zinc-50 p-4 sm:p-6 dark:border-zinc-800 dark:bg-zinc-900/60"
    >
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
        <h2 id="integration-heading" className="text-lg font-semibold">
          Integration
        </h2>
        <CopyButton value={snippet} label="Copy snippet" />
      </div>
      <pre className="overflow-x-auto rounded-lg bg-zinc-900 p-3 text-xs text-zinc-100 dark:bg-zinc-950">
        <code>{snippet}</code>
      </pre>
    </section>
  );
}
