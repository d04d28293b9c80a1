"use client";

import { useActionState, useState } from "react";
import { FormMessage } from "@/app/_components/form/form-message";
import { SubmitButton } from "@/app/_components/form/submit-button";
import { Button } from "@/app/_components/ui/button";
import { initialActionState } from "@/lib/action-state";
import { retireKey } from "./actions";

/** "Retire now" with a confirm step: the key leaves the JWKS and its tokens stop verifying. */
export function RetireKeyForm({ keyId }: { keyId: string }) {
  const [state, action] = useActionState(retireKey, initialActionState);
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return (
      <Button variant="secondary" className="h-8 px-3" onClick={() => setConfirming(true)}>
        Retire now
      </Button>
    );
  }
  return (
    <form action={action} className="w-56 space-y-2">
      <FormMessage message={state.message} />
      <input type="hidden" name="keyId" value={keyId} />
      <p className="text-sm text-zinc-700 dark:text-zinc-300">
        Tokens signed with this key stop verifying at once.
      </p>
      <div className="flex flex-wrap gap-2">
        <SubmitButton variant="danger" className="h-8 px-3">
          Confirm retire
        </SubmitButton>
        <Button variant="secondary" className="h-8 px-3" onClick={() => setConfirming(false)}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
