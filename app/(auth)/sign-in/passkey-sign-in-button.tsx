"use client";

import { useState } from "react";
import { FormMessage } from "@/app/_components/form/form-message";
import { useHydrated } from "@/app/_components/form/use-hydrated";
import { Button } from "@/app/_components/ui/button";
import { authClient } from "@/lib/auth-client";

/** Sign-in with a passkey (WebAuthn discoverable credential), then on to `returnTo`. */
export function PasskeySignInButton({ returnTo }: { returnTo: string }) {
  const hydrated = useHydrated();
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<string>();

  async function onClick() {
    setPending(true);
    setMessage(undefined);
    const result = await authClient.signIn.passkey();
    if (result?.error) {
      setPending(false);
      setMessage(result.error.message ?? "Passkey sign-in did not work. Try again.");
      return;
    }
    // Inside an OAuth flow the plugin answers with the next step and the client follows it.
    const data = result?.data as { redirect?: boolean } | null | undefined;
    if (!data?.redirect) window.location.assign(returnTo);
  }

  return (
    <div className="space-y-2">
      {message ? <FormMessage message={message} /> : null}
      <Button
        variant="secondary"
        className="w-full"
        disabled={pending || !hydrated}
        aria-busy={pending || undefined}
        onClick={onClick}
      >
        Sign in with a passkey
      </Button>
    </div>
  );
}
