"use client";

import { useActionState } from "react";
import { FormMessage } from "@/app/_components/form/form-message";
import { SubmitButton } from "@/app/_components/form/submit-button";
import { Field } from "@/app/_components/ui/field";
import { fieldError, initialActionState } from "@/lib/action-state";
import { banUser } from "../actions";

export function BanForm({ userId }: { userId: string }) {
  const [state, action] = useActionState(banUser, initialActionState);
  const err = (name: string) => fieldError(state, name);
  return (
    <form action={action} className="space-y-3">
      <FormMessage message={state.message} />
      <input type="hidden" name="userId" value={userId} />
      <Field
        label="Reason"
        name="reason"
        defaultValue={state.values?.reason}
        error={err("reason")}
        hint="Shown in the console only."
        maxLength={300}
      />
      <Field
        label="Ban for (days)"
        name="days"
        inputMode="numeric"
        defaultValue={state.values?.days}
        error={err("days")}
        hint="Leave empty for a permanent ban."
      />
      <SubmitButton variant="danger">Ban user</SubmitButton>
    </form>
  );
}
