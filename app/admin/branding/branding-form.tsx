"use client";

import { useActionState } from "react";
import { FormMessage } from "@/app/_components/form/form-message";
import { SubmitButton } from "@/app/_components/form/submit-button";
import { Field } from "@/app/_components/ui/field";
import { fieldError, initialActionState } from "@/lib/action-state";
import type { Branding } from "@/lib/branding-style";
import { updateBranding } from "./actions";

/** Product name, Logo URL, Accent colour; empty fields mean Gatehouse's defaults. */
export function BrandingForm({ saved }: { saved: Branding & { custom: boolean } }) {
  const [state, action] = useActionState(updateBranding, initialActionState);
  const values = state.values ?? {
    productName: saved.custom ? saved.productName : "",
    logoUrl: saved.logoUrl ?? "",
    accentColor: saved.accentColor ?? "",
  };
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage message={state.message} tone={state.ok ? "info" : "error"} />
      <Field
        label="Product name"
        name="productName"
        placeholder="Gatehouse"
        defaultValue={values.productName}
        error={fieldError(state, "productName")}
        hint="Shown on sign-in, consent and in email. Empty: Gatehouse."
      />
      <Field
        label="Logo URL"
        name="logoUrl"
        type="url"
        placeholder="https://example.com/logo.svg"
        defaultValue={values.logoUrl}
        error={fieldError(state, "logoUrl")}
        hint="A square image over https. Empty: the product name's initial."
      />
      <Field
        label="Accent colour"
        name="accentColor"
        placeholder="#4f46e5"
        defaultValue={values.accentColor}
        error={fieldError(state, "accentColor")}
        hint="#RRGGBB, used for buttons and links on the sign-in and consent pages."
      />
      <SubmitButton>Save branding</SubmitButton>
    </form>
  );
}
