"use client";

import { useActionState } from "react";
import { FormMessage } from "@/app/_components/form/form-message";
import { SubmitButton } from "@/app/_components/form/submit-button";
import { Field } from "@/app/_components/ui/field";
import { SelectField } from "@/app/_components/ui/select-field";
import { fieldError, initialActionState } from "@/lib/action-state";
import { ROLE_LABELS, type OrganizationRole } from "@/lib/organization-roles";
import { inviteMember } from "./actions";

/** Email, Role, Invite (the contract's names); the mail goes out through lib/mail.ts. */
export function InviteForm({
  organizationId,
  roles,
}: {
  organizationId: string;
  roles: readonly OrganizationRole[];
}) {
  const [state, action] = useActionState(inviteMember, initialActionState);
  const values = state.ok ? {} : (state.values ?? {});
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage message={state.message} tone={state.ok ? "info" : "error"} />
      <input type="hidden" name="organizationId" value={organizationId} />
      <div key={state.ok ? state.message : "form"} className="grid gap-4 sm:grid-cols-[1fr_12rem]">
        <Field
          label="Email"
          name="email"
          type="email"
          autoComplete="off"
          required
          defaultValue={values.email}
          error={fieldError(state, "email")}
        />
        <SelectField
          label="Role"
          name="role"
          defaultValue={values.role ?? "member"}
          options={roles.map((r) => ({ value: r, label: ROLE_LABELS[r] }))}
          error={fieldError(state, "role")}
        />
      </div>
      <SubmitButton>Invite</SubmitButton>
    </form>
  );
}
