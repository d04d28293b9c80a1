"use client";

import { useActionState } from "react";
import { FormMessage } from "@/app/_components/form/form-message";
import { SubmitButton } from "@/app/_components/form/submit-button";
import { initialActionState } from "@/lib/action-state";
import { revokeOtherSessions, revokeSession } from "./actions";

export function RevokeSessionForm({
  sessionId,
  describedBy,
}: {
  sessionId: string;
  describedBy: string;
}) {
  const [state, action] = useActionState(revokeSession, initialActionState);
  return (
    <form action={action} className="flex flex-col items-start gap-2 sm:items-end">
      <input type="hidden" name="sessionId" value={sessionId} />
      <SubmitButton variant="secondary" aria-describedby={describedBy}>
        Sign out
      </SubmitButton>
      {state.ok ? null : <FormMessage message={state.message} />}
    </form>
  );
}

export function RevokeOtherSessionsForm({ disabled }: { disabled: boolean }) {
  const [state, action] = useActionState(revokeOtherSessions, initialActionState);
  return (
    <form action={action} className="space-y-3">
      <FormMessage message={state.message} tone={state.ok ? "info" : "error"} />
      <SubmitButton variant="danger" disabled={disabled}>
        Sign out all other sessions
      </SubmitButton>
    </form>
  );
}
