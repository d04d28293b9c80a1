"use client";

import { authClient } from "@/lib/auth-client";
import { FlowActionButton } from "../_components/flow-action-button";
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
  async function signIn() {
    const { data, error } = await authClient.signIn.passkey();
    if (error) {
      const code = "code" in error ? error.code : undefined;
      return code === "AUTH_CANCELLED" || code === "ERROR_CEREMONY_ABORTED"
        ? "Passkey sign-in was cancelled, or this device has no passkey for Gatehouse."
        : (error.message ?? "Passkey sign-in failed. Use your password instead.");
    }
    if (!followsRedirect(data)) window.location.assign(returnTo);
  }

  return (
    <FlowActionButton run={signIn} onError={onError} disabled={disabled}>
      Use a passkey
    </FlowActionButton>
  );
}
