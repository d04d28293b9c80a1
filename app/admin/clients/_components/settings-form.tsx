"use client";

import { useActionState } from "react";
import { FormMessage } from "@/app/_components/form/form-message";
import type { ClientDetails } from "@/db/queries/clients";
import { clientMetadata, wantsIdTokenClaims } from "@/lib/oauth/id-token-claims";
import { isMachineScope } from "@/lib/oauth/scopes";
import { SubmitButton } from "@/app/_components/form/submit-button";
import { CheckboxField, CheckboxGroup } from "@/app/_components/ui/checkbox-field";
import { Field, TextAreaField } from "@/app/_components/ui/field";
import { SelectField } from "@/app/_components/ui/select-field";
import { initialActionState, ticked } from "@/lib/action-state";
import { updateClientSettings } from "../actions";
import { GRANT_TYPES, MACHINE_SCOPE_OPTIONS, USER_SCOPE_OPTIONS } from "../schemas";

const GRANT_LABELS: Record<(typeof GRANT_TYPES)[number], string> = {
  authorization_code: "Authorization code",
  "urn:ietf:params:oauth:grant-type:device_code": "Device code",
  refresh_token: "Refresh token",
  client_credentials: "Client credentials",
};

/** The app's public links, each a URL field refilled from the saved client. */
const LINK_FIELDS: { label: string; name: string; saved: (c: ClientDetails) => string | null }[] = [
  { label: "Logo URL", name: "logoUri", saved: (c) => c.icon },
  { label: "Homepage", name: "clientUri", saved: (c) => c.uri },
  { label: "Terms of service URL", name: "tosUri", saved: (c) => c.tos },
  { label: "Privacy policy URL", name: "policyUri", saved: (c) => c.policy },
];

const BEHAVIOUR_FIELDS: {
  name: string;
  label: string;
  hint?: string;
  checked: (c: ClientDetails) => boolean;
}[] = [
  {
    name: "skipConsent",
    label: "Skip consent (first-party app)",
    hint: "Users are not asked to approve this app.",
    checked: (c) => Boolean(c.skipConsent),
  },
  {
    name: "enableEndSession",
    label: "Allow RP-initiated logout",
    hint: "The app may end the user's session through the end-session endpoint.",
    checked: (c) => Boolean(c.enableEndSession),
  },
  { name: "requirePkce", label: "Require PKCE", checked: (c) => c.requirePkce !== false },
  {
    name: "idTokenClaims",
    label: "Profile and email claims in the ID token",
    hint: "Off: the app reads name and email from UserInfo only.",
    checked: (c) => wantsIdTokenClaims(clientMetadata(c.metadata)),
  },
  {
    name: "dpopBoundAccessTokens",
    label: "DPoP-bound access tokens",
    hint: "Access tokens are bound to the app's DPoP key (RFC 9449).",
    checked: (c) => Boolean(c.dpopBoundAccessTokens),
  },
];

export function SettingsForm({
  client,
  pairwiseAvailable,
}: {
  client: ClientDetails;
  /** PAIRWISE_SECRET is configured, so pairwise subjects can be chosen. */
  pairwiseAvailable: boolean;
}) {
  const [state, action] = useActionState(updateClientSettings, initialActionState);
  const v = state.values;
  const e = state.fieldErrors ?? {};
  const native = client.applicationType === "native";
  const scopes = [...(client.scopes ?? []), ...(client.clientCredentialsScopes ?? [])];
  return (
    <form action={action} className="space-y-5" noValidate>
      <input type="hidden" name="clientId" value={client.clientId} />
      <input type="hidden" name="native" value={native ? "true" : "false"} />
      <FormMessage message={state.message} />
      <Field
        label="Name"
        name="name"
        defaultValue={v?.name ?? client.name ?? ""}
        error={e.name}
        required
      />
      <div className="grid gap-5 sm:grid-cols-2">
        {LINK_FIELDS.map(({ label, name, saved }) => (
          <Field
            key={name}
            label={label}
            name={name}
            type="url"
            defaultValue={v?.[name] ?? saved(client) ?? ""}
            error={e[name]}
          />
        ))}
      </div>
      <TextAreaField
        label="Redirect URIs"
        name="redirectUris"
        defaultValue={v?.redirectUris ?? client.redirectUris.join("\n")}
        error={e.redirectUris}
        hint={
          native
            ? "One per line: https, http loopback or a reverse-domain custom scheme."
            : "One per line: exact https URIs."
        }
      />
      <TextAreaField
        label="Post-logout redirect URIs"
        name="postLogoutRedirectUris"
        defaultValue={v?.postLogoutRedirectUris ?? (client.postLogoutRedirectUris ?? []).join("\n")}
        error={e.postLogoutRedirectUris}
      />
      <Field
        label="Back-channel logout URI"
        name="backchannelLogoutUri"
        type="url"
        defaultValue={v?.backchannelLogoutUri ?? client.backchannelLogoutUri ?? ""}
        error={e.backchannelLogoutUri}
        hint="Optional: the provider posts a logout token here when a session ends."
      />
      <CheckboxGroup
        legend="Scopes"
        name="scopes"
        options={[...USER_SCOPE_OPTIONS, ...MACHINE_SCOPE_OPTIONS].map((s) => ({
          value: s,
          label: s,
          hint: isMachineScope(s) ? "Machine scope (client credentials)" : undefined,
        }))}
        key={`scopes-${v?.scopes}`}
        selected={ticked(v, "scopes", scopes)}
        error={e.scopes}
      />
      <CheckboxGroup
        legend="Grant types"
        name="grantTypes"
        options={GRANT_TYPES.map((g) => ({ value: g, label: GRANT_LABELS[g] }))}
        key={`grants-${v?.grantTypes}`}
        selected={ticked(v, "grantTypes", client.grantTypes ?? [])}
        error={e.grantTypes}
      />
      <SelectField
        label="Subject type"
        name="subjectType"
        key={`subject-${v?.subjectType}`}
        defaultValue={v?.subjectType ?? client.subjectType ?? "public"}
        error={e.subjectType}
        options={[
          { value: "public", label: "Public: the same sub for every app" },
          {
            value: "pairwise",
            label: "Pairwise: a sub of its own for this app's host",
            disabled: !pairwiseAvailable && client.subjectType !== "pairwise",
          },
        ]}
        hint={
          pairwiseAvailable
            ? "Pairwise keeps apps on different hosts from correlating a user (OIDC Core §8)."
            : "Pairwise subjects need PAIRWISE_SECRET on the server."
        }
      />
      <fieldset className="space-y-3">
        <legend className="mb-1 text-sm font-medium">Behaviour</legend>
        {BEHAVIOUR_FIELDS.map(({ name, label, hint, checked }) => (
          <CheckboxField
            key={name}
            name={name}
            label={label}
            defaultChecked={checked(client)}
            hint={hint}
          />
        ))}
      </fieldset>
      <SubmitButton>Save settings</SubmitButton>
    </form>
  );
}
