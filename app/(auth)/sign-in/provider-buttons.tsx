"use client";

import { useState } from "react";
import { PendingButton } from "@/app/_components/form/pending-button";
import { authClient } from "@/lib/auth-client";
import { describeAuthError } from "@/lib/auth-messages";

export type SignInProvider = { providerId: string; name: string };

/**
 * "Continue with <name>" for each enabled upstream provider (the sso plugin's /sign-in/sso).
 * `callbackURL` is where the browser lands signed in: inside an OAuth authorization, the
 * authorization request itself, so the flow resumes; errors come back to this very page.
 */
export function ProviderButtons({
  providers,
  callbackURL,
  onError,
  disabled,
}: {
  providers: SignInProvider[];
  callbackURL: string;
  onError: (message: string | undefined) => void;
  disabled?: boolean;
}) {
  const [pending, setPending] = useState<string>();
  if (providers.length === 0) return null;

  async function start(providerId: string) {
    setPending(providerId);
    onError(undefined);
    const { error } = await authClient.$fetch<{ url: string; redirect: boolean }>("/sign-in/sso", {
      method: "POST",
      body: {
        providerId,
        callbackURL,
        errorCallbackURL: `${window.location.pathname}${window.location.search}`,
      },
    });
    // On success the client's redirect plugin is already taking the browser upstream.
    if (error) {
      setPending(undefined);
      onError(describeAuthError(error));
    }
  }

  return (
    <ul className="space-y-2" aria-label="Other ways to sign in">
      {providers.map((p) => (
        <li key={p.providerId}>
          <PendingButton
            pending={pending === p.providerId}
            disabled={disabled || (pending !== undefined && pending !== p.providerId)}
            type="button"
            variant="secondary"
            className="w-full"
            onClick={() => start(p.providerId)}
          >
            {`Continue with ${p.name}`}
          </PendingButton>
        </li>
      ))}
    </ul>
  );
}

/**
 * "Continue with single sign-on": the email's domain picks the organization's provider (the sso
 * plugin's domain routing); a domain without verified single sign-on is said so.
 */
export function SingleSignOnButton({
  readEmail,
  callbackURL,
  onError,
  disabled,
}: {
  readEmail: () => string;
  callbackURL: string;
  onError: (message: string | undefined) => void;
  disabled?: boolean;
}) {
  const [pending, setPending] = useState(false);

  async function start() {
    const email = readEmail().trim();
    const domain = email.split("@")[1];
    if (!domain) return onError("Enter your work email first.");
    setPending(true);
    onError(undefined);
    const { error } = await authClient.$fetch<{ url: string; redirect: boolean }>("/sign-in/sso", {
      method: "POST",
      body: {
        email,
        callbackURL,
        errorCallbackURL: `${window.location.pathname}${window.location.search}`,
      },
    });
    if (error) {
      setPending(false);
      onError(
        error.status === 404
          ? `No single sign-on is set up for ${domain}.`
          : error.status === 401
            ? `Single sign-on for ${domain} is not verified yet.`
            : describeAuthError(error),
      );
    }
  }

  return (
    <PendingButton
      pending={pending}
      disabled={disabled}
      type="button"
      variant="secondary"
      className="w-full"
      onClick={start}
    >
      Continue with single sign-on
    </PendingButton>
  );
}
