"use client";

import { useState } from "react";
import { FormMessage } from "@/app/_components/form/form-message";
import { useHydrated } from "@/app/_components/form/use-hydrated";
import { Button } from "@/app/_components/ui/button";
import { authClient } from "@/lib/auth-client";

export function ConsentForm() {
  const [pending, setPending] = useState<"allow" | "deny">();
  const hydrated = useHydrated();
  const [message, setMessage] = useState<string>();

  async function decide(accept: boolean) {
    setPending(accept ? "allow" : "deny");
    setMessage(undefined);
    // The plugin answers with the client's redirect URI (code or access_denied) and the
    // browser client follows it.
    const { error } = await authClient.oauth2.consent({ accept });
    if (error) {
      setPending(undefined);
      setMessage(error.message ?? "This request has expired. Start again from the application.");
    }
  }

  return (
    <div className="mt-6 space-y-3">
      <FormMessage message={message} />
      <div className="grid grid-cols-2 gap-3">
        <Button variant="secondary" disabled={!!pending || !hydrated} onClick={() => decide(false)}>
          {pending === "deny" ? "Denying…" : "Deny"}
        </Button>
        <Button disabled={!!pending || !hydrated} onClick={() => decide(true)}>
          {pending === "allow" ? "Allowing…" : "Allow"}
        </Button>
      </div>
    </div>
  );
}
