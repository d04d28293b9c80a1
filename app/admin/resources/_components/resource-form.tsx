"use client";

import { useActionState } from "react";
import { FormMessage } from "@/app/_components/form/form-message";
import type { ResourceDetails } from "@/db/queries/resources";
import { SCOPES } from "@/lib/oauth/scopes";
import { SubmitButton } from "@/app/_components/form/submit-button";
import { CheckboxField, CheckboxGroup } from "@/app/_components/ui/checkbox-field";
import { Field, TextAreaField } from "@/app/_components/ui/field";
import { SelectField } from "@/app/_components/ui/select-field";
import { initialActionState, ticked } from "@/lib/action-state";
import { createResource, updateResource } from "../actions";
import { SIGNING_ALGORITHMS } from "../schemas";

const LIFETIME_FIELDS = [
  { label: "Access token lifetime (seconds)", name: "accessTokenTtl" },
  { label: "Refresh token lifetime (seconds)", name: "refreshTokenTtl" },
] as const;

/** Create (no resource) or edit a protected resource. */
export function ResourceForm({ resource }: { resource?: ResourceDetails }) {
  const [state, action] = useActionState(
    resource ? updateResource : createResource,
    initialActionState,
  );
  const v = state.values;
  const e = state.fieldErrors ?? {};
  const claims = resource?.customClaims ? JSON.stringify(resource.customClaims, null, 2) : "";
  return (
    <form action={action} className="space-y-5" noValidate>
      <FormMessage message={state.message} />
      {resource ? <input type="hidden" name="id" value={resource.id} /> : null}
      {resource ? (
        <>
          <input type="hidden" name="identifier" value={resource.identifier} />
          <div className="space-y-1">
            <p className="text-sm font-medium">Identifier</p>
            <p className="font-mono text-sm break-all">{resource.identifier}</p>
          </div>
        </>
      ) : (
        <Field
          label="Identifier"
          name="identifier"
          defaultValue={v?.identifier}
          error={e.identifier}
          placeholder="https://api.example.com"
          hint="An absolute URI without a fragment; clients send it as resource=… and it becomes the token's audience. It cannot change later."
          required
        />
      )}
      <Field
        label="Name"
        name="name"
        defaultValue={v?.name ?? resource?.name ?? ""}
        error={e.name}
        required
      />
      <CheckboxGroup
        legend="Allowed scopes"
        name="allowedScopes"
        options={SCOPES.map((s) => ({ value: s, label: s }))}
        key={`scopes-${v?.allowedScopes}`}
        selected={ticked(v, "allowedScopes", resource?.allowedScopes ?? [])}
        error={e.allowedScopes}
      />
      <p className="-mt-3 text-xs text-zinc-500 dark:text-zinc-400">
        None ticked: every scope may be used with this resource.
      </p>
      <div className="grid gap-5 sm:grid-cols-3">
        {LIFETIME_FIELDS.map(({ label, name }) => (
          <Field
            key={name}
            label={label}
            name={name}
            inputMode="numeric"
            defaultValue={v?.[name] ?? resource?.[name]?.toString() ?? ""}
            error={e[name]}
            hint="Empty: provider default."
          />
        ))}
        <SelectField
          label="Signing algorithm"
          name="signingAlgorithm"
          defaultValue={v?.signingAlgorithm ?? resource?.signingAlgorithm ?? ""}
          error={e.signingAlgorithm}
          options={[
            { value: "", label: "Provider default (RS256)" },
            ...SIGNING_ALGORITHMS.map((a) => ({ value: a, label: a })),
          ]}
        />
      </div>
      <TextAreaField
        label="Custom access-token claims (JSON)"
        name="customClaims"
        rows={4}
        defaultValue={v?.customClaims ?? claims}
        error={e.customClaims}
        placeholder='{"tenant": "acme"}'
        hint="A JSON object added to every access token for this resource. Registered claims (iss, sub, aud, exp, scope, client_id, cnf …) are refused."
      />
      <fieldset className="space-y-3">
        <legend className="mb-1 text-sm font-medium">Policy</legend>
        <CheckboxField
          name="dpopRequired"
          label="Require DPoP-bound tokens"
          defaultChecked={Boolean(resource?.dpopRequired)}
        />
        <CheckboxField
          name="openToEveryClient"
          label="Open to every client"
          hint="Any client, including metadata-document and openly registered clients, may request tokens for it with resource=…; otherwise only linked clients may."
          defaultChecked={Boolean(resource?.openToEveryClient)}
        />
        <CheckboxField
          name="disabled"
          label="Disabled"
          hint="No new tokens are issued for a disabled resource."
          defaultChecked={Boolean(resource?.disabled)}
        />
      </fieldset>
      <SubmitButton>{resource ? "Save resource" : "Create resource"}</SubmitButton>
    </form>
  );
}
