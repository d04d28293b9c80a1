"use client";

import { useActionState } from "react";
import { FormMessage } from "@/app/_components/form/form-message";
import { SubmitButton } from "@/app/_components/form/submit-button";
import { Field } from "@/app/_components/ui/field";
import { initialActionState } from "@/lib/action-state";
import { changeEmail, resendVerification } from "./actions";

export function EmailForm({ email, verified }: { email: string; verified: boolean }) {
  const [state, action] = useActionState(changeEmail, initialActionState);
  return (
    <form action={action} className="max-w-xl space-y-4" noValidate>
      <FormMessage message={state.message} tone={state.ok ? "info" : "error"} />
      <Field
        label="New email address"
        name="email"
        type="email"
        autoComplete="email"
        required
        defaultValue={state.ok ? "" : (state.values?.email ?? "")}
        error={state.fieldErrors?.email?.[0]}
        hint={
          verified
            ? "We send a confirmation link to the new address; the change happens when you open it."
            : "Your address is not verified yet, so it changes right away."
        }
      />
      <SubmitButton variant="secondary">Change email</SubmitButton>
      {verified ? null : <ResendVerification email={email} />}
    </form>
  );
}

function ResendVerification({ email }: { email: string }) {
  const [state, action] = useActionState(resendVerification, initialActionState);
  return (
    <div className="space-y-2 border-t border-zinc-200 pt-4 dark:border-zinc-800">
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        Didn&apos;t get the verification email for {email}?
      </p>
      <FormMessage message={state.message} tone={state.ok ? "info" : "error"} />
      <SubmitButton variant="secondary" formAction={action} formNoValidate>
        Resend verification email
      </SubmitButton>
    </div>
  );
}
