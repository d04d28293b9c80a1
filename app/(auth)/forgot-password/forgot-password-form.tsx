"use client";

import { useState } from "react";
import { FormMessage } from "@/app/_components/form/form-message";
import { PendingButton } from "@/app/_components/form/pending-button";
import { Field } from "@/app/_components/ui/field";
import { authClient } from "@/lib/auth-client";

/**
 * Always the same confirmation, whether or not the address has an account (no enumeration);
 * only transport failures (rate limit, network) are reported.
 */
export function ForgotPasswordForm() {
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<string>();
  const [sentTo, setSentTo] = useState<string>();

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const email = String(new FormData(event.currentTarget).get("email")).trim();
    setPending(true);
    setMessage(undefined);
    const { error } = await authClient.requestPasswordReset({
      email,
      redirectTo: "/reset-password",
    });
    setPending(false);
    if (error && (error.status === 429 || error.status >= 500)) {
      setMessage("We could not send the email right now. Wait a minute and try again.");
      return;
    }
    setSentTo(email);
  }

  if (sentTo) {
    return (
      <div role="status" className="mt-6 space-y-2">
        <p className="font-medium">Check your inbox</p>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          If an account exists for <span className="font-medium break-all">{sentTo}</span>, we sent
          it a link to reset the password. The link works for one hour.
        </p>
      </div>
    );
  }

  return (
    <form onSubmit={onSubmit} method="post" className="mt-6 space-y-4">
      <FormMessage message={message} />
      <Field label="Email" name="email" type="email" autoComplete="email" required />
      <PendingButton pending={pending} className="w-full">
        Send reset link
      </PendingButton>
    </form>
  );
}
