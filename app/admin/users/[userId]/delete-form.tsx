"use client";

import { useActionState } from "react";
import { FormMessage } from "@/app/_components/form/form-message";
import { SubmitButton } from "@/app/_components/form/submit-button";
import { Field } from "@/app/_components/ui/field";
import { fieldError, initialActionState } from "@/lib/action-state";
import { deleteUser } from "../actions";

export function DeleteForm({ userId, email }: { userId: string; email: string }) {
  const [state, action] = useActionState(deleteUser, initialActionState);
  return (
    <form action={action} className="space-y-3">
      <FormMessage message={state.message} />
      <input type="hidden" name="userId" value={userId} />
      <Field
        label="Type the user's email to confirm"
        name="confirmEmail"
        autoComplete="off"
        defaultValue={state.values?.confirmEmail}
        error={fieldError(state, "confirmEmail")}
        hint={`Type ${email}. Deleting removes the account, its sessions, consents and tokens.`}
      />
      <SubmitButton variant="danger">Delete user</SubmitButton>
    </form>
  );
}
