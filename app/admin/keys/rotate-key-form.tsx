"use client";

import { useActionState } from "react";
import { FormMessage } from "@/app/_components/form/form-message";
import { SubmitButton } from "@/app/_components/form/submit-button";
import { initialActionState } from "@/lib/action-state";
import { rotateSigningKey } from "./actions";

export function RotateKeyForm() {
  const [state, action] = useActionState(rotateSigningKey, initialActionState);
  return (
    <form action={action} className="space-y-2">
      <FormMessage message={state.message} />
      <SubmitButton>Rotate now</SubmitButton>
    </form>
  );
}
