import type { ReactNode } from "react";

/** The look of a text input, select or textarea (height and font are up to the control). */
export const controlClass =
  "block w-full rounded-lg border border-zinc-300 bg-white px-3 text-sm shadow-xs placeholder:text-zinc-400 aria-invalid:border-red-500 dark:border-zinc-700 dark:bg-zinc-950";

/** A field's error as forms receive it (zod's fieldErrors hold a list). */
export type FieldErrorValue = string | readonly string[] | undefined;

/** What every labelled field takes besides its control's own attributes. */
export type LabelledFieldProps = {
  label: string;
  name: string;
  error?: FieldErrorValue;
  hint?: ReactNode;
};

const errorText = (error: FieldErrorValue) =>
  (typeof error === "string" ? error : error?.join(" ")) || undefined;

/** The ids a control is described by: its error when there is one, else its hint. */
export const describedBy = (id: string, error?: FieldErrorValue, hint?: unknown) =>
  [errorText(error) ? `${id}-error` : null, hint && !errorText(error) ? `${id}-hint` : null]
    .filter(Boolean)
    .join(" ") || undefined;

/** The id, name and ARIA wiring of a control with an optional error and hint. */
export const controlProps = (
  id: string,
  name: string,
  error?: FieldErrorValue,
  hint?: unknown,
) => ({
  id,
  name,
  "aria-invalid": errorText(error) ? true : undefined,
  "aria-describedby": describedBy(id, error, hint),
});

/**
 * A labelled field's props in two parts: `frame`, what LabelledControl shows around the control,
 * and `control`, the control's id, name and ARIA wiring followed by the rest of its attributes.
 */
export function labelledField<Props extends LabelledFieldProps & { id?: string }>({
  label,
  name,
  error,
  hint,
  id = name,
  ...rest
}: Props) {
  return {
    frame: { id, label, error, hint },
    control: { ...controlProps(id, name, error, hint), ...rest },
  };
}

/** A control with its visible label above it and its hint and error lines (FieldMessages) below. */
export function LabelledControl({
  id,
  label,
  error,
  hint,
  children,
}: {
  id: string;
  label: string;
  error?: FieldErrorValue;
  hint?: ReactNode;
  children: ReactNode;
}) {
  return (
    // A flex column, not space-y: the empty error region below is out of flow, so a field without
    // a message ends at its control (a button beside it lines up, no gap under it).
    <div className="flex flex-col gap-1.5">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {children}
      <FieldMessages id={id} error={error} hint={hint} />
    </div>
  );
}

/**
 * The hint (until there is an error) and the error of a control, referenced by `${id}-hint` and
 * `${id}-error`; the error sits in a live region that is always there, so it is announced (empty,
 * it is out of the layout and takes no room).
 */
export function FieldMessages({
  id,
  error,
  hint,
}: {
  id: string;
  error?: FieldErrorValue;
  hint?: ReactNode;
}) {
  const text = errorText(error);
  return (
    <>
      {hint && !text ? (
        <p id={`${id}-hint`} className="text-xs text-zinc-600 dark:text-zinc-400">
          {hint}
        </p>
      ) : null}
      <div id={`${id}-error`} aria-live="polite" className="empty:absolute">
        {text ? <p className="text-xs text-red-600 dark:text-red-400">{text}</p> : null}
      </div>
    </>
  );
}
