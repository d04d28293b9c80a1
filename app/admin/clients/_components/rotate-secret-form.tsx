"use client";

import { useActionState } from "react";
import { FormMessage } from "@/app/_components/form/form-message";
import { SubmitButton } from "@/app/_components/form/submit-button";
import { rotateClientSecret } from "../lifecycle-actions";
import type { RotateSecretState } from "../schemas";
import { SecretNotice } from "./secret-notice";

export function RotateSecretForm({ clientId }: { clientId: string }) {
  const [state, action] = useActionState<RotateSecretState, FormData>(rotateClientSecret, {
    ok: false,
  });
  return (
    <section className="space-y-2">
      <h3 className="font-medium">Client secret</h3>
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        Rotating issues a new secret; the current one stops working immediately.
      </p>
      <FormMessage message={state.message} />
      {state.secret ? <SecretNotice secret={state.secret} /> : null}
      <form action={action}>
        <input type="hidden" name="clientId" value={clientId} />
        <SubmitButton variant="secondary">Rotate secret</SubmitButton>
      </form>
    </section>
  );
}
