"use client";

import { useState } from "react";
import { PendingButton } from "@/app/_components/form/pending-button";

/**
 * A full-width secondary button of the sign-in page that starts a navigation (passkey, an
 * upstream provider): `run` answers an error message, or nothing while the browser moves on, so
 * the button stays pending until the next page.
 */
export function FlowActionButton({
  run,
  onError,
  disabled,
  children,
}: {
  run: () => Promise<string | undefined>;
  onError: (message: string | undefined) => void;
  disabled?: boolean;
  children: React.ReactNode;
}) {
  const [pending, setPending] = useState(false);
  async function start() {
    setPending(true);
    onError(undefined);
    const error = await run();
    if (error) {
      setPending(false);
      onError(error);
    }
  }
  return (
    <PendingButton
      pending={pending}
      disabled={disabled}
      type="button"
      variant="secondary"
      className="w-full"
      onClick={start}
    >
      {children}
    </PendingButton>
  );
}
