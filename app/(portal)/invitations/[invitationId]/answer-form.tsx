"use client";

import { useActionState } from "react";
import { FormMessage } from "@/app/_components/form/form-message";
import { SubmitButton } from "@/app/_components/form/submit-button";
import { initialActionState } from "@/lib/action-state";
import { acceptInvitation, declineInvitation } from "./actions";

/** Accept / Decline (the contract's names). Accept lands on the organization's page. */
export function AnswerForm({ invitationId }: { invitationId: string }) {
  const [accepted, accept] = useActionState(acceptInvitation, initialActionState);
  const [declined, decline] = useActionState(declineInvitation, initialActionState);
  if (declined.ok) return <FormMessage message={declined.message} tone="info" />;
  const error = [accepted, declined].find((s) => !s.ok && s.message)?.message;
  return (
    <form className="mt-6 space-y-4">
      <FormMessage message={error} />
      <input type="hidden" name="invitationId" value={invitationId} />
      <div className="flex gap-3">
        <SubmitButton formAction={accept}>Accept</SubmitButton>
        <SubmitButton variant="secondary" formAction={decline}>
          Decline
        </SubmitButton>
      </div>
    </form>
  );
}
