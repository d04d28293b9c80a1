"use client";

import { useState } from "react";
import { FormMessage } from "@/app/_components/form/form-message";
import { PendingButton } from "@/app/_components/form/pending-button";
import { Entry, EntryList, EntrySummary } from "@/app/_components/ui/entry-list";
import { initialActionState } from "@/lib/action-state";
import { authClient } from "@/lib/auth-client";
import { describeAuthError } from "@/lib/auth-messages";
import { ActionButton } from "@/app/admin/_components/action-button";
import { startLinking, unlinkIdentity } from "./identity-actions";

export type LinkedIdentity = { id: string; name: string; since: string };
export type LinkableProvider = { providerId: string; name: string };

/** Upstream identities linked to this account (unlink), and providers that can be linked. */
export function IdentitiesPanel({
  linked,
  linkable,
  notice,
}: {
  linked: LinkedIdentity[];
  linkable: LinkableProvider[];
  notice?: { text: string; ok: boolean };
}) {
  const [pending, setPending] = useState<string>();
  const [message, setMessage] = useState(notice);

  async function link(provider: LinkableProvider) {
    setPending(provider.providerId);
    setMessage(undefined);
    const form = new FormData();
    form.set("providerId", provider.providerId);
    const started = await startLinking(initialActionState, form);
    const { error } = started.ok
      ? await authClient.$fetch("/sign-in/sso", {
          method: "POST",
          body: {
            providerId: provider.providerId,
            callbackURL: "/account/security?linked=1",
            errorCallbackURL: "/account/security",
          },
        })
      : { error: { message: started.message } };
    if (error) {
      setPending(undefined);
      setMessage({ text: describeAuthError(error), ok: false });
    }
  }

  return (
    <div className="space-y-6">
      <FormMessage message={message?.text} tone={message?.ok ? "info" : "error"} />
      {linked.length === 0 ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          No identity provider is linked to this account.
        </p>
      ) : (
        <EntryList label="Linked identities">
          {linked.map((i) => (
            <Entry key={i.id}>
              <EntrySummary labelId={`identity-${i.id}`} title={i.name}>
                <p className="text-sm text-zinc-600 dark:text-zinc-400">Linked {i.since}</p>
              </EntrySummary>
              <ActionButton
                action={unlinkIdentity}
                fields={{ accountId: i.id }}
                label="Unlink"
                accessibleName={`Unlink ${i.name}`}
              />
            </Entry>
          ))}
        </EntryList>
      )}
      {linkable.length ? (
        <div className="flex flex-wrap gap-2">
          {linkable.map((p) => (
            <PendingButton
              key={p.providerId}
              type="button"
              variant="secondary"
              pending={pending === p.providerId}
              disabled={pending !== undefined && pending !== p.providerId}
              onClick={() => link(p)}
            >
              {`Link ${p.name}`}
            </PendingButton>
          ))}
        </div>
      ) : null}
    </div>
  );
}
