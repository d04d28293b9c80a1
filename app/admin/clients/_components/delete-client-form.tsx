"use client";

import { useActionState } from "react";
import { FormMessage } from "@/app/_components/form/form-message";
import { SubmitButton, TextField } from "../../_components/console-form";
import { deleteClient } from "../lifecycle-actions";

export function DeleteClientForm({ clientId, name }: { clientId: string; name: string }) {
  const [state, action] = useActionState(deleteClient, { ok: false });
  return (
    <section className="space-y-2">
      <h3 className="font-medium text-red-700 dark:text-red-400">Delete client</h3>
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        Deleting removes the client with its consents and tokens. This cannot be undone.
      </p>
      <form action={action} className="space-y-3" noValidate>
        <FormMessage message={state.message} />
        <input type="hidden" name="client_id" value={clientId} />
        <TextField
          label={`Type ${name} to confirm`}
          name="confirm"
          autoComplete="off"
          defaultValue={state.values?.confirm}
          error={state.fieldErrors?.confirm}
        />
        <SubmitButton variant="danger" pendingText="Deleting…">
          Delete client
        </SubmitButton>
      </form>
    </section>
  );
}
