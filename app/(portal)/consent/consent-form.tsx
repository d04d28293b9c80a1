"use client";

import { useState } from "react";
import { FormMessage } from "@/app/_components/form/form-message";
import { PendingButton } from "@/app/_components/form/pending-button";
import { authClient } from "@/lib/auth-client";

export type ConsentScope = {
  scope: string;
  sentence: string;
  sensitive: boolean;
  required: boolean;
};

/**
 * The requested permissions, optional ones as checkboxes, and the decision. Allow sends the
 * ticked subset (`scope`), which the provider records as the consent and puts in the tokens;
 * it refuses anything that was not requested.
 */
export function ConsentForm({ appName, scopes }: { appName: string; scopes: ConsentScope[] }) {
  const [granted, setGranted] = useState(() => new Set(scopes.map((s) => s.scope)));
  const [pending, setPending] = useState<"allow" | "deny">();
  const [message, setMessage] = useState<string>();

  function toggle(scope: string, on: boolean) {
    setGranted((prev) => {
      const next = new Set(prev);
      if (on) next.add(scope);
      else next.delete(scope);
      return next;
    });
  }

  async function decide(accept: boolean) {
    setPending(accept ? "allow" : "deny");
    setMessage(undefined);
    const subset = scopes.map((s) => s.scope).filter((s) => granted.has(s));
    // The plugin answers with the client's redirect URI (code or access_denied) and the
    // browser client follows it.
    const { error } = await authClient.oauth2.consent(
      accept && subset.length < scopes.length ? { accept, scope: subset.join(" ") } : { accept },
    );
    if (error) {
      setPending(undefined);
      setMessage(error.message ?? "This request has expired. Start again from the application.");
    }
  }

  return (
    <div className="mt-6">
      <h2 className="text-sm font-medium">This will allow {appName} to:</h2>
      <ul className="mt-3 space-y-2">
        {scopes.map((s) => (
          <li key={s.scope}>
            <label
              className={`flex items-start gap-3 rounded-lg bg-zinc-50 px-3 py-2.5 text-sm dark:bg-zinc-800/60 ${s.required ? "" : "cursor-pointer"}`}
            >
              <input
                type="checkbox"
                checked={s.required || granted.has(s.scope)}
                disabled={s.required || !!pending}
                onChange={(e) => toggle(s.scope, e.target.checked)}
                aria-describedby={s.required ? `scope-${s.scope}-required` : undefined}
                className="mt-0.5 size-4 shrink-0 accent-brand-600"
              />
              <span className="flex-1">
                {s.sentence}
                {s.sensitive ? (
                  <span className="ml-2 inline-block rounded bg-amber-100 px-1.5 py-0.5 text-xs font-medium text-amber-900 dark:bg-amber-900/50 dark:text-amber-100">
                    Sensitive
                  </span>
                ) : null}
                {s.required ? (
                  <span
                    id={`scope-${s.scope}-required`}
                    className="ml-2 inline-block text-xs text-zinc-600 dark:text-zinc-400"
                  >
                    (required)
                  </span>
                ) : null}
              </span>
            </label>
          </li>
        ))}
      </ul>
      <div className="mt-6 space-y-3">
        <FormMessage message={message} />
        <div className="grid grid-cols-2 gap-3">
          <PendingButton
            type="button"
            variant="secondary"
            pending={pending === "deny"}
            disabled={!!pending}
            onClick={() => decide(false)}
          >
            Deny
          </PendingButton>
          <PendingButton
            type="button"
            pending={pending === "allow"}
            disabled={!!pending}
            onClick={() => decide(true)}
          >
            Allow
          </PendingButton>
        </div>
      </div>
    </div>
  );
}
