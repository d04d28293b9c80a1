"use client";

import { useState } from "react";
import { Button } from "@/app/_components/ui/button";

/** Copies `value` to the clipboard and says so (visibly and to screen readers). */
export function CopyButton({ value, label = "Copy" }: { value: string; label?: string }) {
  const [copied, setCopied] = useState(false);
  async function copy() {
    await navigator.clipboard.writeText(value);
    setCopied(true);
    setTimeout(() => setCopied(false), 2000);
  }
  return (
    <Button variant="secondary" onClick={copy} className="h-8 px-3 text-xs">
      {label}
      <span aria-live="polite" className="text-brand-600 dark:text-brand-100">
        {copied ? "✓ Copied" : ""}
      </span>
    </Button>
  );
}
