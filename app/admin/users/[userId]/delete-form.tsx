"use client";

import { useActionState } from "react";
import { FormMessage } from "@/app/_components/form/form-message";
import { useHydrated } from "@/app/_components/form/use-hydrated";
import { Button } from "@/app/_components/ui/button";
import { Field } from "@/app/_components/ui/field";
import { initialActionState } from "@/lib/action";
import { deleteUser } from "../actions";

export function DeleteForm({ userId, email }: { userId: string; email: string }) {
  const [state, action, pending] = useActionState(deleteUser, initialActionState);
  const hydrated = useHydrated();
  return (
    <form action={action} className="space-y-3">
      <FormMessage message={state.message} />
      <input type="hidden" name="userId" value={userId} />
      <Field
        label="Type the user's email to confirm"
        name="confirmEmail"
        autoComplete="off"
        defaultValue={state.values?.confirmEmail}
        error={state.fieldErrors?.confirmEmail?.[0]}
        hint={`Type ${email}. Deleting removes the account, its sessions, consents and tokens.`}
      />
      <Button type="submit" variant="danger" disabled={pending || !hydrated} aria-busy={pending}>
        {pending ? "Deleting…" : "Delete user"}
      </Button>
    </form>
  );
}
