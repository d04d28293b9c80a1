"use client";

import { useState } from "react";
import { Button } from "@/app/_components/ui/button";

/** One-time display of backup codes, with copy and download. */
export function BackupCodes({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const [copied, setCopied] = useState(false);
  const text = codes.join("\n");
  return (
    <div className="space-y-4">
      <p className="text-sm">
        Save these backup codes somewhere safe. Each works once, when you cannot use your
        authenticator app. <strong>They are shown only now.</strong>
      </p>
      <ul
        aria-label="Backup codes"
        className="grid grid-cols-2 gap-2 rounded-lg bg-zinc-100 p-4 font-mono text-sm dark:bg-zinc-950"
      >
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ul>
      <div className="flex flex-wrap gap-2">
        <Button
          variant="secondary"
          onClick={async () => {
            await navigator.clipboard.writeText(text);
            setCopied(true);
          }}
        >
          Copy codes
        </Button>
        <a
          className="inline-flex h-10 items-center justify-center rounded-lg border border-zinc-300 bg-white px-4 text-sm font-medium hover:bg-zinc-50 dark:border-zinc-700 dark:bg-zinc-900 dark:hover:bg-zinc-800"
          href={`data:text/plain;charset=utf-8,${encodeURIComponent(`Gatehouse backup codes\n\n${text}\n`)}`}
          download="gatehouse-backup-codes.txt"
        >
          Download codes
        </a>
        <Button onClick={onDone}>I saved them</Button>
      </div>
      <p role="status" className="min-h-5 text-sm text-zinc-600 dark:text-zinc-400">
        {copied ? "Copied to the clipboard." : ""}
      </p>
    </div>
  );
}
