"use client";

import { useActionState } from "react";
import { FormMessage } from "@/app/_components/form/form-message";
import type { ClientDetails } from "@/db/queries/clients";
import { isMachineScope } from "@/lib/oauth/scopes";
import { SubmitButton } from "@/app/_components/form/submit-button";
import {
  CheckboxField,
  CheckboxGroup,
  TextAreaField,
  TextField,
} from "../../_components/console-form";
import { updateClientSettings } from "../actions";
import { GRANT_TYPES, MACHINE_SCOPE_OPTIONS, USER_SCOPE_OPTIONS, ticked } from "../schemas";

const GRANT_LABELS: Record<(typeof GRANT_TYPES)[number], string> = {
  authorization_code: "Authorization code",
  refresh_token: "Refresh token",
  client_credentials: "Client credentials",
};

export function SettingsForm({ client }: { client: ClientDetails }) {
  const [state, action] = useActionState(updateClientSettings, { ok: false });
  const v = state.values;
  const e = state.fieldErrors ?? {};
  const native = client.applicationType === "native";
  const scopes = [...(client.scopes ?? []), ...(client.clientCredentialsScopes ?? [])];
  return (
    <form action={action} className="space-y-5" noValidate>
      <input type="hidden" name="client_id" value={client.clientId} />
      <input type="hidden" name="native" value={native ? "true" : "false"} />
      <FormMessage message={state.message} />
      <TextField
        label="Name"
        name="name"
        defaultValue={v?.name ?? client.name ?? ""}
        error={e.name}
        required
      />
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField
          label="Logo URL"
          name="logo_uri"
          type="url"
          defaultValue={v?.logo_uri ?? client.icon ?? ""}
          error={e.logo_uri}
        />
        <TextField
          label="Homepage"
          name="client_uri"
          type="url"
          defaultValue={v?.client_uri ?? client.uri ?? ""}
          error={e.client_uri}
        />
        <TextField
          label="Terms of service URL"
          name="tos_uri"
          type="url"
          defaultValue={v?.tos_uri ?? client.tos ?? ""}
          error={e.tos_uri}
        />
        <TextField
          label="Privacy policy URL"
          name="policy_uri"
          type="url"
          defaultValue={v?.policy_uri ?? client.policy ?? ""}
          error={e.policy_uri}
        />
      </div>
      <TextAreaField
        label="Redirect URIs"
        name="redirect_uris"
        defaultValue={v?.redirect_uris ?? client.redirectUris.join("\n")}
        error={e.redirect_uris}
        hint={
          native
            ? "One per line: https, http loopback or a reverse-domain custom scheme."
            : "One per line: exact https URIs."
        }
      />
      <TextAreaField
        label="Post-logout redirect URIs"
        name="post_logout_redirect_uris"
        defaultValue={
          v?.post_logout_redirect_uris ?? (client.postLogoutRedirectUris ?? []).join("\n")
        }
        error={e.post_logout_redirect_uris}
      />
      <TextField
        label="Back-channel logout URI"
        name="backchannel_logout_uri"
        type="url"
        defaultValue={v?.backchannel_logout_uri ?? client.backchannelLogoutUri ?? ""}
        error={e.backchannel_logout_uri}
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
        name="grant_types"
        options={GRANT_TYPES.map((g) => ({ value: g, label: GRANT_LABELS[g] }))}
        key={`grants-${v?.grant_types}`}
        selected={ticked(v, "grant_types", client.grantTypes ?? [])}
        error={e.grant_types}
      />
      <fieldset className="space-y-3">
        <legend className="mb-1 text-sm font-medium">Behaviour</legend>
        <CheckboxField
          name="skip_consent"
          label="Skip consent (first-party app)"
          defaultChecked={Boolean(client.skipConsent)}
          hint="Users are not asked to approve this app."
        />
        <CheckboxField
          name="enable_end_session"
          label="Allow RP-initiated logout"
          defaultChecked={Boolean(client.enableEndSession)}
          hint="The app may end the user's session through the end-session endpoint."
        />
        <CheckboxField
          name="require_pkce"
          label="Require PKCE"
          defaultChecked={client.requirePkce !== false}
        />
        <CheckboxField
          name="dpop_bound_access_tokens"
          label="DPoP-bound access tokens"
          defaultChecked={Boolean(client.dpopBoundAccessTokens)}
          hint="Access tokens are bound to the app's DPoP key (RFC 9449)."
        />
      </fieldset>
      <SubmitButton>Save settings</SubmitButton>
    </form>
  );
}
