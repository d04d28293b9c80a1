"use client";

import Link from "next/link";
import { useRef, useState } from "react";
import { FormMessage } from "@/app/_components/form/form-message";
import { PasswordField } from "@/app/_components/form/password-field";
import { PendingButton } from "@/app/_components/form/pending-button";
import { Field } from "@/app/_components/ui/field";
import { authClient } from "@/lib/auth-client";
import { describeAuthError } from "@/lib/auth-messages";
import { footLinkClass } from "../_components/flow-header";
import { followsRedirect } from "../_components/follows-redirect";
import { PasskeyButton } from "./passkey-button";
import { ProviderButtons, SingleSignOnButton, type SignInProvider } from "./provider-buttons";
import { ResendVerification } from "./resend-verification";

export function SignInForm({
  returnTo,
  verifyCallback,
  forgotHref,
  defaultEmail,
  providers = [],
  organizationSso = false,
  providerCallback,
  providerError,
}: {
  returnTo: string;
  /** Where the verification link lands (then continues the flow or goes to returnTo). */
  verifyCallback: string;
  forgotHref: string;
  /** The address to fill in (an invitation's). */
  defaultEmail?: string;
  /** Enabled upstream identity providers, and where their round trip lands. */
  providers?: SignInProvider[];
  /** Some organization has single sign-on: offer routing by the email's domain. */
  organizationSso?: boolean;
  providerCallback?: string;
  /** Why the last upstream sign-in came back without a session. */
  providerError?: string;
}) {
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<string | undefined>(providerError);
  const [unverified, setUnverified] = useState<string>();
  const form = useRef<HTMLFormElement>(null);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get("email")).trim();
    setPending(true);
    setMessage(undefined);
    setUnverified(undefined);
    const { data, error } = await authClient.signIn.email({
      email,
      password: String(form.get("password")),
      // No callbackURL: Better Auth would answer a successful sign-in with a redirect to it.
      // An unverified user gets the link with our callback from "Resend verification email".
    });
    if (error) {
      setPending(false);
      if (error.code === "EMAIL_NOT_VERIFIED") {
        setUnverified(email);
        setMessage("Verify your email first: open the link we sent to your address.");
      } else setMessage(describeAuthError(error));
      return;
    }
    // A second factor: the two-factor client plugin navigates to /two-factor.
    if (data && "twoFactorRedirect" in data && data.twoFactorRedirect) return;
    // Inside an OAuth flow the plugin answers with the next step and the client follows it.
    if (!followsRedirect(data)) window.location.assign(returnTo);
  }

  return (
    <div className="mt-6 space-y-4">
      <FormMessage message={message} />
      {unverified ? <ResendVerification email={unverified} callbackURL={verifyCallback} /> : null}
      <form ref={form} onSubmit={onSubmit} method="post" className="space-y-4">
        <Field
          label="Email"
          name="email"
          type="email"
          autoComplete="username webauthn"
          required
          defaultValue={defaultEmail}
        />
        <div className="space-y-1.5">
          <PasswordField
            label="Password"
            name="password"
            autoComplete="current-password"
            required
          />
          <p className="text-right text-sm">
            <Link href={forgotHref} className={footLinkClass}>
              Forgot password?
            </Link>
          </p>
        </div>
        <PendingButton pending={pending} className="w-full">
          Sign in
        </PendingButton>
      </form>
      <div className="flex items-center gap-3 text-xs text-zinc-500 dark:text-zinc-400">
        <span aria-hidden className="h-px flex-1 bg-zinc-200 dark:bg-zinc-800" />
        or
        <span aria-hidden className="h-px flex-1 bg-zinc-200 dark:bg-zinc-800" />
      </div>
      <PasskeyButton returnTo={returnTo} onError={setMessage} disabled={pending} />
      <ProviderButtons
        providers={providers}
        callbackURL={providerCallback ?? returnTo}
        onError={setMessage}
        disabled={pending}
      />
      {organizationSso ? (
        <SingleSignOnButton
          readEmail={() => String(new FormData(form.current ?? undefined).get("email") ?? "")}
          callbackURL={providerCallback ?? returnTo}
          onError={setMessage}
          disabled={pending}
        />
      ) : null}
    </div>
  );
}
