"use client";

import { useState } from "react";
import { FormMessage } from "@/app/_components/form/form-message";
import { NewPasswordField } from "@/app/_components/form/password-field";
import { PendingButton } from "@/app/_components/form/pending-button";
import { LinkButton } from "@/app/_components/ui/button";
import { authClient } from "@/lib/auth-client";
import { describeAuthError } from "@/lib/auth-messages";
import { MIN_PASSWORD_LENGTH, PASSWORD_HINT } from "@/lib/password-policy";

export function ResetPasswordForm({ token }: { token: string }) {
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<string>();
  const [mismatch, setMismatch] = useState(false);
  const [expired, setExpired] = useState(false);
  const [done, setDone] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const newPassword = String(form.get("new-password"));
    setMessage(undefined);
    setMismatch(false);
    if (newPassword.length < MIN_PASSWORD_LENGTH) {
      setMessage(describeAuthError({ code: "PASSWORD_TOO_SHORT" }));
      return;
    }
    if (newPassword !== String(form.get("confirm-password"))) {
      setMismatch(true);
      setMessage("The two passwords do not match.");
      return;
    }
    setPending(true);
    const { error } = await authClient.resetPassword({ newPassword, token });
    setPending(false);
    if (error) {
      const invalidToken = error.code === "INVALID_TOKEN" || error.status === 400;
      setExpired(invalidToken);
      setMessage(
        invalidToken
          ? "This reset link is invalid or has expired. Request a new one."
          : (error.message ?? "Could not change the password. Try again."),
      );
      return;
    }
    setDone(true);
  }

  if (done) {
    return (
      <div role="status" className="mt-6 space-y-4">
        <p className="text-sm">Your password was changed. Sign in with the new one.</p>
        <LinkButton href="/sign-in" className="w-full">
          Sign in
        </LinkButton>
      </div>
    );
  }

  return (
    <form onSubmit={onSubmit} method="post" className="mt-6 space-y-4">
      <FormMessage message={message} />
      {expired ? (
        <LinkButton href="/forgot-password" variant="secondary" className="w-full">
          Request a new link
        </LinkButton>
      ) : null}
      <NewPasswordField label="New password" name="new-password" hint={PASSWORD_HINT} />
      <NewPasswordField
        label="Confirm password"
        name="confirm-password"
        error={mismatch ? "Does not match the new password." : undefined}
      />
      <PendingButton pending={pending} className="w-full">
        Change password
      </PendingButton>
    </form>
  );
}
