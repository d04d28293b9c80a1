"use client";

import { useActionState } from "react";
import { FormMessage } from "@/app/_components/form/form-message";
import type { ResourceDetails } from "@/db/queries/resources";
import { SCOPES } from "@/lib/oauth/scopes";
import { SubmitButton } from "@/app/_components/form/submit-button";
import {
  CheckboxField,
  CheckboxGroup,
  SelectField,
  TextAreaField,
  TextField,
} from "../../_components/console-form";
import { createResource, updateResource } from "../actions";
import { ticked } from "../../clients/schemas";
import { SIGNING_ALGORITHMS } from "../schemas";

/** Create (no resource) or edit a protected resource. */
export function ResourceForm({ resource }: { resource?: ResourceDetails }) {
  const [state, action] = useActionState(resource ? updateResource : createResource, { ok: false });
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
        <TextField
          label="Identifier"
          name="identifier"
          defaultValue={v?.identifier}
          error={e.identifier}
          placeholder="https://api.example.com"
          hint="An absolute URI without a fragment; clients send it as resource=… and it becomes the token's audience. It cannot change later."
          required
        />
      )}
      <TextField
        label="Name"
        name="name"
        defaultValue={v?.name ?? resource?.name ?? ""}
        error={e.name}
        required
      />
      <CheckboxGroup
        legend="Allowed scopes"
        name="allowed_scopes"
        options={SCOPES.map((s) => ({ value: s, label: s }))}
        key={`scopes-${v?.allowed_scopes}`}
        selected={ticked(v, "allowed_scopes", resource?.allowedScopes ?? [])}
        error={e.allowed_scopes}
      />
      <p className="-mt-3 text-xs text-zinc-500 dark:text-zinc-400">
        None ticked: every scope may be used with this resource.
      </p>
      <div className="grid gap-5 sm:grid-cols-3">
        <TextField
          label="Access token lifetime (seconds)"
          name="access_token_ttl"
          inputMode="numeric"
          defaultValue={v?.access_token_ttl ?? resource?.accessTokenTtl?.toString() ?? ""}
          error={e.access_token_ttl}
          hint="Empty: provider default."
        />
        <TextField
          label="Refresh token lifetime (seconds)"
          name="refresh_token_ttl"
          inputMode="numeric"
          defaultValue={v?.refresh_token_ttl ?? resource?.refreshTokenTtl?.toString() ?? ""}
          error={e.refresh_token_ttl}
          hint="Empty: provider default."
        />
        <SelectField
          label="Signing algorithm"
          name="signing_algorithm"
          defaultValue={v?.signing_algorithm ?? resource?.signingAlgorithm ?? ""}
          error={e.signing_algorithm}
        >
          <option value="">Provider default (RS256)</option>
          {SIGNING_ALGORITHMS.map((a) => (
            <option key={a} value={a}>
              {a}
            </option>
          ))}
        </SelectField>
      </div>
      <TextAreaField
        label="Custom access-token claims (JSON)"
        name="custom_claims"
        rows={4}
        defaultValue={v?.custom_claims ?? claims}
        error={e.custom_claims}
        placeholder='{"tenant": "acme"}'
        hint="A JSON object added to every access token for this resource. Registered claims (iss, sub, aud, exp, scope, client_id, cnf …) are refused."
      />
      <fieldset className="space-y-3">
        <legend className="mb-1 text-sm font-medium">Policy</legend>
        <CheckboxField
          name="dpop_required"
          label="Require DPoP-bound tokens"
          defaultChecked={Boolean(resource?.dpopRequired)}
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
