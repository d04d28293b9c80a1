"use client";

import { useState } from "react";
import { FormMessage } from "@/app/_components/form/form-message";
import { PendingButton } from "@/app/_components/form/pending-button";
import { Field } from "@/app/_components/ui/field";
import { authClient } from "@/lib/auth-client";
import { describeAuthError } from "@/lib/auth-messages";
import { followsRedirect } from "../_components/follows-redirect";

/**
 * The second sign-in step. Both verify calls carry the signed OAuth query (oauth-provider
 * client), so once they set the session cookie the provider resumes the authorization.
 */
export function TwoFactorForm({ returnTo }: { returnTo: string }) {
  const [backup, setBackup] = useState(false);
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<string>();

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const code = String(form.get("code")).replace(/\s+/g, "");
    const trustDevice = form.get("trust-device") === "on";
    setPending(true);
    setMessage(undefined);
    const { data, error } = backup
      ? await authClient.twoFactor.verifyBackupCode({ code, trustDevice })
      : await authClient.twoFactor.verifyTotp({ code, trustDevice });
    if (error) {
      setPending(false);
      setMessage(describeAuthError(error));
      return;
    }
    if (!followsRedirect(data)) window.location.assign(returnTo);
  }

  function toggle() {
    setBackup((b) => !b);
    setMessage(undefined);
  }

  return (
    <form onSubmit={onSubmit} method="post" className="mt-6 space-y-4">
      <FormMessage message={message} />
      {backup ? (
        <Field
          key="backup"
          label="Backup code"
          name="code"
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          required
          hint="One of the codes you saved when you turned on two-step verification."
        />
      ) : (
        <Field
          key="totp"
          label="Authentication code"
          name="code"
          inputMode="numeric"
          autoComplete="one-time-code"
          pattern="[0-9 ]{6,7}"
          maxLength={7}
          required
          className="font-mono tracking-widest"
        />
      )}
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="trust-device" className="size-4 accent-brand-600" />
        Trust this device for 30 days
      </label>
      <PendingButton pending={pending} className="w-full">
        Verify
      </PendingButton>
      <button
        type="button"
        onClick={toggle}
        className="w-full text-center text-sm font-medium text-brand-600 underline-offset-2 hover:underline dark:text-brand-100"
      >
        {backup ? "Use your authenticator app instead" : "Use a backup code instead"}
      </button>
    </form>
  );
}
