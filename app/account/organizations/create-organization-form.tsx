"use client";

import { useActionState, useState } from "react";
import { FormMessage } from "@/app/_components/form/form-message";
import { SubmitButton } from "@/app/_components/form/submit-button";
import { Field } from "@/app/_components/ui/field";
import { initialActionState } from "@/lib/action-state";
import { createOrganization } from "./actions";
import { slugify } from "@/lib/organization-slug";

export function CreateOrganizationForm() {
  const [state, action] = useActionState(createOrganization, initialActionState);
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage message={state.message} tone={state.ok ? "info" : "error"} />
      {/* A new key after success empties the fields for the next one. */}
      <NameAndSlug
        key={state.ok ? state.message : "form"}
        values={state.ok ? {} : (state.values ?? {})}
        errors={state.fieldErrors ?? {}}
      />
      <SubmitButton>Create organization</SubmitButton>
    </form>
  );
}

function NameAndSlug({
  values,
  errors,
}: {
  values: Record<string, string>;
  errors: Record<string, string[] | undefined>;
}) {
  const [name, setName] = useState(values.name ?? "");
  const [slug, setSlug] = useState(values.slug ?? "");
  // The slug follows the name until the user edits it.
  const [slugEdited, setSlugEdited] = useState(
    Boolean(values.slug) && values.slug !== slugify(values.name ?? ""),
  );
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <Field
        label="Organization name"
        name="name"
        required
        value={name}
        error={errors.name?.[0]}
        onChange={(e) => {
          setName(e.target.value);
          if (!slugEdited) setSlug(slugify(e.target.value));
        }}
      />
      <Field
        label="Slug"
        name="slug"
        required
        value={slug}
        autoCapitalize="none"
        spellCheck={false}
        hint="Lowercase letters, digits and hyphens; apps see it as org_slug."
        error={errors.slug?.[0]}
        onChange={(e) => {
          setSlug(e.target.value);
          setSlugEdited(true);
        }}
      />
    </div>
  );
}
