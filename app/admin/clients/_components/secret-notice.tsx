"use client";

import { CopyButton } from "../../_components/copy-button";

/** A client secret with its one-time warning. */
export function SecretNotice({ secret }: { secret: string }) {
  return (
    <div className="space-y-2 rounded-xl border border-amber-300 bg-amber-50 p-4 dark:border-amber-500/40 dark:bg-amber-500/10">
      <p role="alert" className="text-sm font-medium text-amber-900 dark:text-amber-200">
        Copy the client secret now. It is shown only this once; Gatehouse keeps only a hash.
      </p>
      <label htmlFor="client-secret" className="block text-sm font-medium">
        Client secret
      </label>
      <div className="flex flex-wrap items-center gap-2">
        <input
          id="client-secret"
          readOnly
          value={secret}
          onFocus={(e) => e.currentTarget.select()}
          className="h-9 min-w-0 flex-1 rounded-lg border border-amber-300 bg-white px-2 font-mono text-sm dark:border-amber-500/40 dark:bg-zinc-950"
        />
        <CopyButton value={secret} label="Copy secret" />
      </div>
    </div>
  );
}
