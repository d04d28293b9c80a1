"use client";

import { authClient } from "@/lib/auth-client";
import { describeAuthError } from "@/lib/auth-messages";
import { FlowActionButton } from "../_components/flow-action-button";

export type SignInProvider = { providerId: string; name: string };

type Start = { providerId: string } | { email: string };
type Props = {
  callbackURL: string;
  onError: (message: string | undefined) => void;
  disabled?: boolean;
};

/**
 * Starts an upstream sign-in (the sso plugin's /sign-in/sso) by provider or by email domain.
 * `callbackURL` is where the browser lands signed in: inside an OAuth authorization, the
 * authorization request itself, so the flow resumes; errors come back to this very page. On
 * success the client's redirect plugin is already taking the browser upstream.
 */
async function startUpstream(start: Start, callbackURL: string) {
  const { error } = await authClient.$fetch<{ url: string; redirect: boolean }>("/sign-in/sso", {
    method: "POST",
    body: {
      ...start,
      callbackURL,
      errorCallbackURL: `${window.location.pathname}${window.location.search}`,
    },
  });
  return error ?? undefined;
}

/** "Continue with <name>" for each enabled upstream provider. */
export function ProviderButtons({ providers, ...props }: Props & { providers: SignInProvider[] }) {
  if (providers.length === 0) return null;
  return (
    <ul className="space-y-2" aria-label="Other ways to sign in">
      {providers.map((p) => (
        <li key={p.providerId}>
          <FlowActionButton
            onError={props.onError}
            disabled={props.disabled}
            run={async () => {
              const error = await startUpstream({ providerId: p.providerId }, props.callbackURL);
              return error && describeAuthError(error);
            }}
          >
            {`Continue with ${p.name}`}
          </FlowActionButton>
        </li>
      ))}
    </ul>
  );
}

/**
 * "Continue with single sign-on": the email's domain picks the organization's provider (the sso
 * plugin's domain routing); a domain without verified single sign-on is said so.
 */
export function SingleSignOnButton({ readEmail, ...props }: Props & { readEmail: () => string }) {
  async function run() {
    const email = readEmail().trim();
    const domain = email.split("@")[1];
    if (!domain) return "Enter your work email first.";
    const error = await startUpstream({ email }, props.callbackURL);
    if (!error) return undefined;
    if (error.status === 404) return `No single sign-on is set up for ${domain}.`;
    if (error.status === 401) return `Single sign-on for ${domain} is not verified yet.`;
    return describeAuthError(error);
  }
  return (
    <FlowActionButton run={run} onError={props.onError} disabled={props.disabled}>
      Continue with single sign-on
    </FlowActionButton>
  );
}
