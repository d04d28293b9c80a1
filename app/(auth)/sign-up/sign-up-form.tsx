"use client";

import { useEffect, useState } from "react";
import { FormMessage } from "@/app/_components/form/form-message";
import { NewPasswordField } from "@/app/_components/form/password-field";
import { PendingButton } from "@/app/_components/form/pending-button";
import { Field } from "@/app/_components/ui/field";
import { authClient } from "@/lib/auth-client";
import { describeAuthError } from "@/lib/auth-messages";
import { MIN_PASSWORD_LENGTH, PASSWORD_HINT } from "@/lib/password-policy";
import { followsRedirect } from "../_components/follows-redirect";

// prompt=create (docs/library-facts.md#fact-25): the answer to sign-up is a redirect back to this
// page, signed in, and the flow goes on only after `continue({ created: true })`. The form marks
// the tab before signing up; the page it lands on sees the mark and continues.
const CREATED_MARK = "gatehouse.prompt-create.signed-up";
const promptCreate = () =>
  new URLSearchParams(window.location.search).get("prompt")?.split(" ").includes("create") ?? false;

async function continueCreated(returnTo: string) {
  sessionStorage.removeItem(CREATED_MARK);
  const next = await authClient.oauth2.continue({ created: true });
  if (!followsRedirect(next.data)) window.location.assign(returnTo);
}

export function SignUpForm({
  returnTo,
  verifyCallback,
  defaultEmail,
}: {
  returnTo: string;
  verifyCallback: string;
  /** The address to fill in (an invitation's). */
  defaultEmail?: string;
}) {
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<string>();
  const [sentTo, setSentTo] = useState<string>();

  useEffect(() => {
    if (sessionStorage.getItem(CREATED_MARK) && promptCreate()) {
      // eslint-disable-next-line react-hooks/set-state-in-effect -- the form waits while the flow resumes
      setPending(true);
      void continueCreated(returnTo);
    }
  }, [returnTo]);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get("email")).trim();
    const password = String(form.get("password"));
    setMessage(undefined);
    if (password.length < MIN_PASSWORD_LENGTH) {
      setMessage(describeAuthError({ code: "PASSWORD_TOO_SHORT" }));
      return;
    }
    setPending(true);
    if (promptCreate()) sessionStorage.setItem(CREATED_MARK, "1");
    const { data, error } = await authClient.signUp.email({
      name: String(form.get("name")).trim(),
      email,
      password,
      callbackURL: verifyCallback,
    });
    if (error) {
      sessionStorage.removeItem(CREATED_MARK);
      setPending(false);
      setMessage(describeAuthError(error));
      return;
    }
    if (followsRedirect(data)) return;
    // Email verification required: no session yet, the link in the mail continues.
    if (data && "token" in data && !data.token) {
      sessionStorage.removeItem(CREATED_MARK);
      setPending(false);
      setSentTo(email);
      return;
    }
    if (promptCreate()) await continueCreated(returnTo);
    else window.location.assign(returnTo);
  }

  if (sentTo) {
    return (
      <div className="mt-6 space-y-2" role="status">
        <p className="font-medium">Check your inbox</p>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          We sent a link to <span className="font-medium break-all">{sentTo}</span>. Open it to
          verify your address; it signs you in and takes you on from there.
        </p>
      </div>
    );
  }

  return (
    <form onSubmit={onSubmit} method="post" className="mt-6 space-y-4">
      <FormMessage message={message} />
      <Field label="Name" name="name" autoComplete="name" required maxLength={100} />
      <Field
        label="Email"
        name="email"
        type="email"
        autoComplete="email"
        required
        defaultValue={defaultEmail}
      />
      <NewPasswordField label="Password" name="password" hint={PASSWORD_HINT} />
      <PendingButton pending={pending} className="w-full">
        Create account
      </PendingButton>
    </form>
  );
}
