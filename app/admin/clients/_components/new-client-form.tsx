"use client";

import { useActionState, useState } from "react";
import { FormMessage } from "@/app/_components/form/form-message";
import { Card } from "@/app/_components/ui/card";
import { SubmitButton } from "@/app/_components/form/submit-button";
import { CheckboxGroup } from "@/app/_components/ui/checkbox-field";
import { Field, TextAreaField } from "@/app/_components/ui/field";
import { ticked } from "@/lib/action-state";
import { createClient } from "../actions";
import {
  APP_KINDS,
  MACHINE_SCOPE_OPTIONS,
  USER_SCOPE_OPTIONS,
  type AppKind,
  type CreateClientState,
} from "../schemas";
import { CreatedClientPanel } from "./created-client-panel";

const REDIRECT_HINTS: Record<Exclude<AppKind, "machine" | "device">, string> = {
  web: "One per line. Exact https URIs, e.g. https://app.example.com/callback.",
  spa: "One per line. Exact https URIs of your app, e.g. https://app.example.com/callback.",
  native:
    "One per line. http://127.0.0.1/callback (any port) or a reverse-domain scheme, e.g. com.example.app:/callback.",
};

export function NewClientForm() {
  const [state, action] = useActionState<CreateClientState, FormData>(createClient, { ok: false });
  const [kind, setKind] = useState<AppKind>((state.values?.kind as AppKind) ?? "web");
  if (state.created) return <CreatedClientPanel created={state.created} />;

  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  const machine = kind === "machine";
  const device = kind === "device";
  return (
    <Card>
      <form action={action} className="space-y-6" noValidate>
        <FormMessage message={state.message} />
        <fieldset>
          <legend className="mb-2 text-sm font-medium">Application kind</legend>
          <div className="grid gap-2 sm:grid-cols-2">
            {(Object.keys(APP_KINDS) as AppKind[]).map((k) => (
              <label
                key={k}
                className="flex cursor-pointer gap-3 rounded-xl border border-zinc-200 p-3 has-checked:border-brand-600 has-checked:bg-brand-50 dark:border-zinc-800 dark:has-checked:bg-brand-500/10"
              >
                <input
                  type="radio"
                  name="kind"
                  value={k}
                  checked={kind === k}
                  onChange={() => setKind(k)}
                  className="mt-1 accent-brand-600"
                />
                <span>
                  <span className="block text-sm font-medium">{APP_KINDS[k].label}</span>
                  <span className="block text-xs text-zinc-600 dark:text-zinc-400">
                    {APP_KINDS[k].description}
                  </span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
        <Field
          label="Name"
          name="name"
          defaultValue={v.name}
          error={e.name}
          required
          maxLength={100}
          hint="Shown to people on the consent page."
        />
        {machine || device ? null : (
          <>
            <TextAreaField
              key={`redirect-${kind}`}
              label="Redirect URIs"
              name="redirectUris"
              defaultValue={v.redirectUris}
              error={e.redirectUris}
              hint={REDIRECT_HINTS[kind]}
              required
            />
            <TextAreaField
              label="Post-logout redirect URIs (optional)"
              name="postLogoutRedirectUris"
              defaultValue={v.postLogoutRedirectUris}
              error={e.postLogoutRedirectUris}
              hint="Where RP-initiated logout may return to; setting one enables logout for this client."
            />
          </>
        )}
        <CheckboxGroup
          key={`scopes-${machine}-${v.scopes}`}
          legend={machine ? "Machine scopes" : "Scopes"}
          name="scopes"
          options={(machine ? MACHINE_SCOPE_OPTIONS : USER_SCOPE_OPTIONS).map((s) => ({
            value: s,
            label: s,
          }))}
          selected={ticked(
            state.values,
            "scopes",
            machine ? MACHINE_SCOPE_OPTIONS.slice(0, 1) : ["openid", "profile", "email"],
          )}
          error={e.scopes}
        />
        <SubmitButton>Create client</SubmitButton>
      </form>
    </Card>
  );
}
