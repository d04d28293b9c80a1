"use client";

import { useActionState } from "react";
import { FormMessage } from "@/app/_components/form/form-message";
import { SubmitButton } from "@/app/_components/form/submit-button";
import { decideDevice } from "./actions";
import type { DeviceDecisionState } from "./schemas";

/** What the device will be allowed to do, and Approve / Deny (a server action, audited). */
export function DeviceDecision({
  userCode,
  appName,
  scopes,
}: {
  userCode: string;
  appName: string;
  scopes: string[];
}) {
  const [state, action] = useActionState<DeviceDecisionState, FormData>(decideDevice, {
    ok: false,
  });
  if (state.decided) {
    return (
      <div className="mt-6">
        <FormMessage
          tone="info"
          message={
            state.decided === "approve"
              ? `Device connected. ${appName} can continue on your device; you may close this page.`
              : `Request denied. ${appName} was not given access.`
          }
        />
      </div>
    );
  }
  return (
    <form action={action} className="mt-6">
      <input type="hidden" name="userCode" value={userCode} />
      <h2 className="text-sm font-medium">Approving will allow {appName} on that device to:</h2>
      <ul className="mt-3 space-y-2">
        {scopes.map((s) => (
          <li key={s} className="rounded-lg bg-zinc-50 px-3 py-2.5 text-sm dark:bg-zinc-800/60">
            {s}
          </li>
        ))}
      </ul>
      <p className="mt-4 text-xs text-zinc-600 dark:text-zinc-400">
        Only approve if you started this on a device you are using right now.
      </p>
      <div className="mt-4 space-y-3">
        <FormMessage message={state.message} />
        <div className="grid grid-cols-2 gap-3">
          <SubmitButton name="decision" value="deny" variant="secondary">
            Deny
          </SubmitButton>
          <SubmitButton name="decision" value="approve">
            Approve
          </SubmitButton>
        </div>
      </div>
    </form>
  );
}
