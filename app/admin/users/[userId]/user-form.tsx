"use client";

import { useActionState } from "react";
import { FormMessage } from "@/app/_components/form/form-message";
import { SubmitButton } from "@/app/_components/form/submit-button";
import { Field } from "@/app/_components/ui/field";
import { fieldError, initialActionState, type ActionState } from "@/lib/action-state";

type FieldSpec = Omit<React.ComponentProps<typeof Field>, "defaultValue" | "error">;

/**
 * A destructive form on one user (ban, delete): its message, the user's id, the `fields`
 * (refilled and with their errors after a failed submission) and a danger button.
 */
export function UserForm({
  action: userAction,
  userId,
  fields,
  submit,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  userId: string;
  fields: FieldSpec[];
  submit: string;
}) {
  const [state, action] = useActionState(userAction, initialActionState);
  return (
    <form action={action} className="space-y-3">
      <FormMessage message={state.message} />
      <input type="hidden" name="userId" value={userId} />
      {fields.map((field) => (
        <Field
          key={field.name}
          {...field}
          defaultValue={state.values?.[field.name]}
          error={fieldError(state, field.name)}
        />
      ))}
      <SubmitButton variant="danger">{submit}</SubmitButton>
    </form>
  );
}
