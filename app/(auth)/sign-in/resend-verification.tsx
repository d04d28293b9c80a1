"use client";

import { useState } from "react";
import { PendingButton } from "@/app/_components/form/pending-button";
import { authClient } from "@/lib/auth-client";

/** Under the "Verify your email first" message: sends the verification link again. */
export function ResendVerification({ email, callbackURL }: { email: string; callbackURL: string }) {
  const [pending, setPending] = useState(false);
  const [status, setStatus] = useState<string>();

  async function resend() {
    setPending(true);
    const { error } = await authClient.sendVerificationEmail({ email, callbackURL });
    setPending(false);
    setStatus(
      error
        ? (error.message ?? "Could not send the email. Try again in a minute.")
        : `We sent a new verification link to ${email}.`,
    );
  }

  return (
    <div className="space-y-2">
      <PendingButton
        pending={pending}
        type="button"
        variant="secondary"
        className="w-full"
        onClick={resend}
      >
        Resend verification email
      </PendingButton>
      <p role="status" className="text-sm text-zinc-600 empty:hidden dark:text-zinc-400">
        {status}
      </p>
    </div>
  );
}
