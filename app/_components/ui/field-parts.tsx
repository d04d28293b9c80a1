import type { ReactNode } from "react";

/** The look of a text input, select or textarea (height and font are up to the control). */
export const controlClass =
  "block w-full rounded-lg border border-zinc-300 bg-white px-3 text-sm shadow-xs placeholder:text-zinc-400 aria-invalid:border-red-500 dark:border-zinc-700 dark:bg-zinc-950";

/** The ids a control is described by: its error when there is one, else its hint. */
export const describedBy = (id: string, error?: unknown, hint?: unknown) =>
  [error ? `${id}-error` : null, hint && !error ? `${id}-hint` : null].filter(Boolean).join(" ") ||
  undefined;

/** The id, name and ARIA wiring of a control with an optional error and hint. */
export const controlProps = (id: string, name: string, error?: unknown, hint?: unknown) => ({
  id,
  name,
  "aria-invalid": error ? true : undefined,
  "aria-describedby": describedBy(id, error, hint),
});

/** A control with its visible label above it; hint and error lines follow the control. */
export function LabelledControl({
  id,
  label,
  children,
}: {
  id: string;
  label: string;
  children: ReactNode;
}) {
  return (
    <div className="space-y-1.5">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {children}
    </div>
  );
}

/** The hint under a control, referenced by `${id}-hint`. */
export function FieldHint({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p id={`${id}-hint`} className="text-xs text-zinc-500 dark:text-zinc-400">
      {children}
    </p>
  );
}

/** The error under a control, referenced by `${id}-error`. */
export function FieldError({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p id={`${id}-error`} className="text-xs text-red-600 dark:text-red-400">
      {children}
    </p>
  );
}
