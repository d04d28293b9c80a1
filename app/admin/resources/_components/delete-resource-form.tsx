"use client";

import { useActionState } from "react";
import { FormMessage } from "@/app/_components/form/form-message";
import { SubmitButton, TextField } from "../../_components/console-form";
import { deleteResource } from "../actions";

export function DeleteResourceForm({ id, name }: { id: string; name: string }) {
  const [state, action] = useActionState(deleteResource, { ok: false });
  return (
    <section className="space-y-2">
      <h2 className="text-lg font-semibold text-red-700 dark:text-red-400">Delete resource</h2>
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        Clients can no longer request tokens for it, and its links are removed.
      </p>
      <form action={action} className="space-y-3" noValidate>
        <FormMessage message={state.message} />
        <input type="hidden" name="id" value={id} />
        <TextField
          label={`Type ${name} to confirm`}
          name="confirm"
          autoComplete="off"
          defaultValue={state.values?.confirm}
          error={state.fieldErrors?.confirm}
        />
        <SubmitButton variant="danger" pendingText="Deleting…">
          Delete resource
        </SubmitButton>
      </form>
    </section>
  );
}
