"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormMessage } from "@/app/_components/form/form-message";
import { useHydrated } from "@/app/_components/form/use-hydrated";
import { Button } from "@/app/_components/ui/button";
import { EntryList } from "@/app/_components/ui/entry-list";
import { Field } from "@/app/_components/ui/field";
import { authClient } from "@/lib/auth-client";
import { PasskeyRow, type PasskeySummary } from "./passkey-row";

export function PasskeysPanel({ passkeys }: { passkeys: PasskeySummary[] }) {
  const router = useRouter();
  const hydrated = useHydrated();
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<{ text: string; ok: boolean }>();

  async function onAdd(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const name = String(new FormData(form).get("name") ?? "").trim();
    if (!name) return setMessage({ text: "Give the passkey a name.", ok: false });
    setPending(true);
    setMessage(undefined);
    const result = await authClient.passkey.addPasskey({ name });
    setPending(false);
    if (result?.error) {
      return setMessage({
        text: result.error.message ?? "The passkey was not added.",
        ok: false,
      });
    }
    form.reset();
    setMessage({ text: `Passkey “${name}” added.`, ok: true });
    router.refresh();
  }

  return (
    <div className="space-y-6">
      {passkeys.length === 0 ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          No passkeys yet. A passkey lets you sign in with your fingerprint, face or device PIN
          instead of your password.
        </p>
      ) : (
        <EntryList label="Passkeys">
          {passkeys.map((p) => (
            <PasskeyRow key={p.id} passkey={p} onChange={() => router.refresh()} />
          ))}
        </EntryList>
      )}
      <form onSubmit={onAdd} method="post" className="space-y-3" noValidate>
        <FormMessage message={message?.text} tone={message?.ok ? "info" : "error"} />
        <div className="flex flex-col gap-3 sm:flex-row sm:items-end">
          <div className="flex-1">
            <Field label="Passkey name" name="name" placeholder="e.g. Work laptop" maxLength={60} />
          </div>
          <Button type="submit" disabled={pending || !hydrated} aria-busy={pending || undefined}>
            Add passkey
          </Button>
        </div>
      </form>
    </div>
  );
}
