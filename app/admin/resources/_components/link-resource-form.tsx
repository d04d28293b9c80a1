"use client";

import { useActionState } from "react";
import { FormMessage } from "@/app/_components/form/form-message";
import { SubmitButton } from "@/app/_components/form/submit-button";
import { SelectField } from "@/app/_components/ui/select-field";
import { initialActionState } from "@/lib/action-state";
import { linkClientResource } from "../link-actions";

/** Links a client and a resource: one side fixed by the page, the other chosen. */
export function LinkResourceForm({
  fixed,
  choose,
}: {
  fixed: { name: "clientId" | "identifier"; value: string };
  choose: {
    name: "clientId" | "identifier";
    label: string;
    options: { value: string; label: string }[];
  };
}) {
  const [state, action] = useActionState(linkClientResource, initialActionState);
  const error = state.fieldErrors?.[choose.name] ?? state.fieldErrors?.[fixed.name];
  return (
    <form action={action} className="space-y-3" noValidate>
      <FormMessage
        tone={state.ok ? "info" : "error"}
        message={state.message && (state.ok || !error) ? state.message : undefined}
      />
      <input type="hidden" name={fixed.name} value={fixed.value} />
      <SelectField
        label={choose.label}
        name={choose.name}
        error={error}
        defaultValue={state.values?.[choose.name] ?? ""}
        options={[{ value: "", label: "Choose…", disabled: true }, ...choose.options]}
      />
      <SubmitButton variant="secondary">Link</SubmitButton>
    </form>
  );
}
