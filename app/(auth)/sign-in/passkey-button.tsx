"use client";

import { useState } from "react";
import { PendingButton } from "@/app/_components/form/pending-button";
import { authClient } from "@/lib/auth-client";
import { followsRedirect } from "../_components/follows-redirect";

/**
 * Passkey sign-in. The oauth-provider client adds the signed query to the verification POST and
 * the provider's after-hook resumes the authorization once the session cookie is set, exactly as
 * for password sign-in. Errors go to the sign-in form's message region. Named "Use a passkey",
 * not "Sign in with a passkey": the public contract finds the password button by the name
 * "Sign in", and a second button containing that name would make the lookup ambiguous.
 */
export function PasskeyButton({
  returnTo,
  onError,
  disabled,
}: {
  returnTo: string;
  onError: (message: string | undefined) => void;
  disabled?: boolean;
}) {
  const [pending, setPending] = useState(false);

  async function signIn() {
    setPending(true);
    onError(undefined);
    const { data, error } = await authClient.signIn.passkey();
    if (error) {
      setPending(false);
      const code = "code" in error ? error.code : undefined;
      onError(
        code === "AUTH_CANCELLED" || code === "ERROR_CEREMONY_ABORTED"
          ? "Passkey sign-in was cancelled, or this device has no passkey for Gatehouse."
          : (error.message ?? "Passkey sign-in failed. Use your password instead."),
      );
      return;
    }
    if (!followsRedirect(data)) window.location.assign(returnTo);
  }

  return (
    <PendingButton
      pending={pending}
      disabled={disabled}
      type="button"
      variant="secondary"
      className="w-full"
      onClick={signIn}
    >
      Use a passkey
    </PendingButton>
  );
}
