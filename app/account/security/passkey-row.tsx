"use client";

import { useState } from "react";
import { FormMessage } from "@/app/_components/form/form-message";
import { Badge } from "@/app/_components/ui/badge";
import { Button } from "@/app/_components/ui/button";
import { Entry, EntrySummary } from "@/app/_components/ui/entry-list";
import { Field } from "@/app/_components/ui/field";
import { authClient } from "@/lib/auth-client";

export type PasskeySummary = {
  id: string;
  name: string;
  created: string;
  deviceType: string;
  backedUp: boolean;
};

export function PasskeyRow({
  passkey,
  onChange,
}: {
  passkey: PasskeySummary;
  onChange: () => void;
}) {
  const [renaming, setRenaming] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string>();
  const labelId = `passkey-${passkey.id}`;

  async function run(call: () => Promise<{ error: { message?: string } | null }>) {
    setPending(true);
    setError(undefined);
    const { error: failure } = await call();
    setPending(false);
    if (failure) return setError(failure.message ?? "That did not work. Try again.");
    setRenaming(false);
    onChange();
  }

  return (
    <Entry>
      {renaming ? (
        <form
          className="flex flex-1 flex-col gap-2 sm:flex-row sm:items-end"
          onSubmit={(e) => {
            e.preventDefault();
            const name = String(new FormData(e.currentTarget).get("name") ?? "").trim();
            if (!name) return setError("Give the passkey a name.");
            void run(() => authClient.passkey.updatePasskey({ id: passkey.id, name }));
          }}
        >
          <div className="flex-1">
            <Field
              id={`${labelId}-name`}
              label="New name"
              name="name"
              defaultValue={passkey.name}
              autoFocus
              maxLength={60}
            />
          </div>
          <div className="flex gap-2">
            <Button type="submit" disabled={pending}>
              Save
            </Button>
            <Button variant="secondary" onClick={() => setRenaming(false)}>
              Cancel
            </Button>
          </div>
        </form>
      ) : (
        <>
          <EntrySummary
            labelId={labelId}
            title={passkey.name}
            badges={
              <Badge>{passkey.deviceType === "multiDevice" ? "Synced" : "This device only"}</Badge>
            }
          >
            <p className="text-xs text-zinc-600 dark:text-zinc-400">Added {passkey.created}</p>
          </EntrySummary>
          <div className="flex gap-2">
            <Button
              variant="secondary"
              aria-describedby={labelId}
              onClick={() => setRenaming(true)}
            >
              Rename
            </Button>
            <Button
              variant="secondary"
              aria-describedby={labelId}
              disabled={pending}
              onClick={() => void run(() => authClient.passkey.deletePasskey({ id: passkey.id }))}
            >
              Remove
            </Button>
          </div>
        </>
      )}
      <FormMessage message={error} />
    </Entry>
  );
}
