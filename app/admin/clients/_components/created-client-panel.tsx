"use client";

import { LinkButton } from "@/app/_components/ui/button";
import { Card } from "@/app/_components/ui/card";
import { CopyButton } from "../../_components/copy-button";
import type { CreatedClient } from "../schemas";
import { SecretNotice } from "./secret-notice";

/** Shown once, right after creation: the credentials and where to go next. */
export function CreatedClientPanel({ created }: { created: CreatedClient }) {
  return (
    <Card className="space-y-5">
      <div role="status">
        <h2 className="text-lg font-semibold">Client created</h2>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">{created.name} is ready to use.</p>
      </div>
      <div className="space-y-1">
        <p className="text-sm font-medium">Client ID</p>
        <div className="flex flex-wrap items-center gap-2">
          <code className="rounded bg-zinc-100 px-2 py-1 text-sm break-all dark:bg-zinc-800">
            {created.clientId}
          </code>
          <CopyButton value={created.clientId} label="Copy client ID" />
        </div>
      </div>
      {created.clientSecret ? (
        <SecretNotice secret={created.clientSecret} />
      ) : (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          This is a public client: it has no secret and proves itself with PKCE.
        </p>
      )}
      <LinkButton href={`/admin/clients/${created.clientId}`}>Open client settings</LinkButton>
    </Card>
  );
}
