"use client";

import { useActionState } from "react";
import { FormMessage } from "@/app/_components/form/form-message";
import { SubmitButton } from "@/app/_components/form/submit-button";
import { CheckboxField } from "@/app/_components/ui/checkbox-field";
import { Field } from "@/app/_components/ui/field";
import type { ProviderDetails } from "@/db/queries/identity-providers";
import { initialActionState, type ActionState } from "@/lib/action-state";
import { createProvider, updateProvider } from "../actions";

const DEFAULT_SCOPES = "openid email profile";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

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
  return (
    <form action={action} className="space-y-5" noValidate>
      <FormMessage message={state.message} />
      {provider ? <input type="hidden" name="id" value={provider.id} /> : null}
      {organization ? <input type="hidden" name="organizationId" value={organization.id} /> : null}
      <Field
        label="Name"
        name="name"
        defaultValue={v?.name ?? provider?.name ?? ""}
        error={e.name}
        hint="People see “Continue with <name>” on the sign-in page."
        required
      />
      {provider ? (
        <div className="space-y-1">
          <p className="text-sm font-medium">Issuer URL</p>
          <p className="font-mono text-sm break-all">{provider.issuer}</p>
        </div>
      ) : (
        <Field
          label="Issuer URL"
          name="issuer"
          defaultValue={v?.issuer}
          error={e.issuer}
          placeholder="https://id.example.com"
          hint="Its discovery document (/.well-known/openid-configuration) is fetched and checked when you save. It cannot change later."
          required
        />
      )}
      <Field
        label="Client ID"
        name="clientId"
        defaultValue={v?.clientId ?? provider?.clientId ?? ""}
        error={e.clientId}
        autoComplete="off"
        required
      />
      <Field
        label="Client secret"
        name="clientSecret"
        type="password"
        autoComplete="new-password"
        error={e.clientSecret}
        hint={
          provider
            ? "Stored encrypted and never shown. Leave empty to keep the current secret."
            : "Stored encrypted and never shown again."
        }
        required={!provider}
      />
      <Field
        label="Scopes"
        name="scopes"
        defaultValue={v?.scopes ?? provider?.scopes.join(" ") ?? DEFAULT_SCOPES}
        error={e.scopes}
        hint="Separated by spaces; openid is required."
      />
      {organization ? (
        <Field
          label="Email domains"
          name="domains"
          defaultValue={v?.domains}
          error={e.domains}
          placeholder="example.com"
          hint="People whose email is in these domains sign in through this provider and join the organization as members, once the domains are verified."
          required
        />
      ) : (
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
