"use client";

import { useActionState } from "react";
import { FormMessage } from "@/app/_components/form/form-message";
import { SubmitButton } from "@/app/_components/form/submit-button";
import { initialActionState } from "@/lib/action-state";
import { revokeApp } from "./actions";

/** The Revoke button of one connected app; `describedBy` names the app for screen readers. */
export function RevokeForm({ clientId, describedBy }: { clientId: string; describedBy: string }) {
  const [state, action] = useActionState(revokeApp, initialActionState);
  return (
    <form action={action} className="flex flex-col items-start gap-2 sm:items-end">
      <input type="hidden" name="clientId" value={clientId} />
      <SubmitButton variant="danger" aria-describedby={describedBy}>
        Revoke
      </SubmitButton>
      {state.ok ? null : <FormMessage message={state.message} />}
    </form>
  );
}
