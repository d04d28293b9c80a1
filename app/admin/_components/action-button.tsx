"use client";

import { useActionState } from "react";
import { PendingButton } from "@/app/_components/form/pending-button";
import type { ButtonProps } from "@/app/_components/ui/button";
import { initialActionState, type ActionState } from "@/lib/action-state";

/**
 * A one-button form for a server action (revoke, unlink, unban, sign out…): hidden fields carry
 * the target; the outcome appears next to the button in a live region.
 */
export function ActionButton({
  action,
  fields,
  label,
  accessibleName,
  variant = "secondary",
  describedBy,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  fields: Record<string, string>;
  label: string;
  /** The button's name for screen readers when `label` alone is ambiguous ("Revoke ada@…"). */
  accessibleName?: string;
  variant?: ButtonProps["variant"];
  describedBy?: string;
}) {
  const [state, formAction, pending] = useActionState(action, initialActionState);
  return (
    <form action={formAction} className="inline-flex flex-col items-start gap-1">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <PendingButton
        pending={pending}
        variant={variant}
        aria-label={accessibleName}
        aria-describedby={describedBy}
        className="h-8 px-3"
      >
        {label}
      </PendingButton>
      <span
        aria-live="polite"
        role={state.ok ? "status" : "alert"}
        className={`text-xs ${state.ok ? "text-zinc-600 dark:text-zinc-400" : "text-red-600 dark:text-red-400"}`}
      >
        {state.message}
      </span>
    </form>
  );
}
