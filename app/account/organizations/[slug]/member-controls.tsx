"use client";

import { useActionState } from "react";
import { FormMessage } from "@/app/_components/form/form-message";
import { SubmitButton } from "@/app/_components/form/submit-button";
import { SelectField } from "@/app/_components/ui/select-field";
import { ActionButton } from "@/app/admin/_components/action-button";
import { initialActionState } from "@/lib/action-state";
import { ROLE_LABELS, type OrganizationRole } from "@/lib/organization-roles";
import { changeMemberRole, removeMember, transferOwnership } from "./actions";

/** Role, Change role, Remove and (for owners) Make owner, for one member. */
export function MemberControls({
  organizationId,
  memberId,
  role,
  roles,
  canTransfer,
  describedBy,
}: {
  organizationId: string;
  memberId: string;
  role: string;
  roles: readonly OrganizationRole[];
  canTransfer: boolean;
  describedBy: string;
}) {
  const [state, action] = useActionState(changeMemberRole, initialActionState);
  const fields = { organizationId, memberId };
  return (
    <div className="flex flex-col items-start gap-2 sm:items-end">
      <form action={action} className="flex flex-wrap items-end gap-2">
        <input type="hidden" name="organizationId" value={organizationId} />
        <input type="hidden" name="memberId" value={memberId} />
        <SelectField
          id={`role-${memberId}`}
          label="Role"
          name="role"
          defaultValue={role}
          aria-describedby={describedBy}
          options={roles.map((r) => ({ value: r, label: ROLE_LABELS[r] }))}
        />
        <SubmitButton variant="secondary" aria-describedby={describedBy}>
          Change role
        </SubmitButton>
      </form>
      <FormMessage message={state.message} tone={state.ok ? "info" : "error"} />
      <div className="flex flex-wrap gap-2">
        {canTransfer ? (
          <ActionButton
            action={transferOwnership}
            fields={fields}
            label="Transfer ownership"
            describedBy={describedBy}
          />
        ) : null}
        <ActionButton
          action={removeMember}
          fields={fields}
          label="Remove"
          variant="danger"
          describedBy={describedBy}
        />
      </div>
    </div>
  );
}
