"use client";

import { useActionState } from "react";
import { FormMessage } from "@/app/_components/form/form-message";
import { SubmitButton } from "@/app/_components/form/submit-button";
import { initialActionState } from "@/lib/action-state";
import { leaveOrganization, setActiveOrganization } from "./actions";

/** Make active / Leave for one membership; `describedBy` names the organization. */
export function MembershipActions({
  organizationId,
  active,
  describedBy,
}: {
  organizationId: string;
  active: boolean;
  describedBy: string;
}) {
  const [switchState, switchAction] = useActionState(setActiveOrganization, initialActionState);
  const [leaveState, leaveAction] = useActionState(leaveOrganization, initialActionState);
  const error = [leaveState, switchState].find((s) => !s.ok && s.message)?.message;
  return (
    <div className="flex flex-col items-start gap-2 sm:items-end">
      <form className="flex flex-wrap gap-2">
        <input type="hidden" name="organizationId" value={organizationId} />
        {active ? null : (
          <SubmitButton
            variant="secondary"
            formAction={switchAction}
            aria-describedby={describedBy}
          >
            Make active
          </SubmitButton>
        )}
        <SubmitButton variant="secondary" formAction={leaveAction} aria-describedby={describedBy}>
          Leave
        </SubmitButton>
      </form>
      <FormMessage message={error} />
    </div>
  );
}
