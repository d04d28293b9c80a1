"use client";

import { useActionState, type ComponentProps } from "react";
import { FormMessage } from "@/app/_components/form/form-message";
import { SubmitButton } from "@/app/_components/form/submit-button";
import { CheckboxField } from "@/app/_components/ui/checkbox-field";
import { Field } from "@/app/_components/ui/field";
import type { ProviderDetails } from "@/db/queries/identity-providers";
import { initialActionState, type ActionState } from "@/lib/action-state";
import { createProvider, updateProvider } from "../actions";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;
type FieldSpec = Omit<ComponentProps<typeof Field>, "defaultValue" | "error"> & {
  name: string;
  stored?: string;
};

/** The text fields, in order; `stored` is the saved value an edit starts from. */
function fieldSpecs(provider?: ProviderDetails, organization?: boolean): FieldSpec[] {
  return [
    {
      label: "Name",
      name: "name",
      stored: provider?.name ?? "",
      hint: "People see “Continue with <name>” on the sign-in page.",
      required: true,
    },
    ...(provider
      ? []
      : [
          {
            label: "Issuer URL",
            name: "issuer",
            placeholder: "https://id.example.com",
            hint: "Its discovery document (/.well-known/openid-configuration) is fetched and checked when you save. It cannot change later.",
            required: true,
          },
        ]),
    {
      label: "Client ID",
      name: "clientId",
      stored: provider?.clientId ?? "",
      autoComplete: "off",
      required: true,
    },
    {
      label: "Client secret",
      name: "clientSecret",
      type: "password",
      autoComplete: "new-password",
      hint: provider
        ? "Stored encrypted and never shown. Leave empty to keep the current secret."
        : "Stored encrypted and never shown again.",
      required: !provider,
    },
    {
      label: "Scopes",
      name: "scopes",
      stored: provider?.scopes.join(" ") ?? "openid email profile",
      hint: "Separated by spaces; openid is required.",
    },
    ...(organization
      ? [
          {
            label: "Email domains",
            name: "domains",
            placeholder: "example.com",
            hint: "People whose email is in these domains sign in through this provider and join the organization as members, once the domains are verified.",
            required: true,
          },
        ]
      : []),
  ];
}

/**
 * Add (no provider) or edit an upstream OpenID Provider. The secret is never shown again. With
 * `organization`, the form adds that organization's provider: its email domains instead of the
 * console-only trust setting.
 */
export function ProviderForm({
  provider,
  organization,
}: {
  provider?: ProviderDetails;
  organization?: { id: string; action: Action };
}) {
  const [state, action] = useActionState(
    organization?.action ?? (provider ? updateProvider : createProvider),
    initialActionState,
  );
  const v = state.values;
  const e = state.fieldErrors ?? {};
  const hidden = { id: provider?.id, organizationId: organization?.id };
  return (
    <form action={action} className="space-y-5" noValidate>
      <FormMessage message={state.message} />
      {Object.entries(hidden).map(([name, value]) =>
        value ? <input key={name} type="hidden" name={name} value={value} /> : null,
      )}
      {provider ? (
        <div className="space-y-1">
          <p className="text-sm font-medium">Issuer URL</p>
          <p className="font-mono text-sm break-all">{provider.issuer}</p>
        </div>
      ) : null}
      {fieldSpecs(provider, !!organization).map(({ stored, ...spec }) => (
        <Field
          key={spec.name}
          {...spec}
          defaultValue={spec.type === "password" ? undefined : (v?.[spec.name] ?? stored)}
          error={e[spec.name]}
        />
      ))}
      {organization ? null : (
        <CheckboxField
          name="trustedForLinking"
          label="Trusted for account linking"
          hint="An upstream identity whose email the provider reports as verified joins the existing account with that (verified) email. Otherwise people sign in first and link the provider from Account → Security."
          defaultChecked={v ? v.trustedForLinking === "on" : Boolean(provider?.trustedForLinking)}
        />
      )}
      <SubmitButton>{provider ? "Save provider" : "Add provider"}</SubmitButton>
    </form>
  );
}
