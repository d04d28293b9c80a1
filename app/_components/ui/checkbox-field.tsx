import type { InputHTMLAttributes, ReactNode } from "react";
import { FieldMessages, type FieldErrorValue } from "./field-parts";

/** One checkbox with its label (and an optional hint below). */
export function CheckboxField({
  label,
  name,
  value = "on",
  hint,
  id = `${name}-${value}`,
  ...props
}: { label: string; name: string; value?: string; hint?: ReactNode } & Omit<
  InputHTMLAttributes<HTMLInputElement>,
  "type"
>) {
  return (
    <div className="flex items-start gap-2">
      <input
        id={id}
        type="checkbox"
        name={name}
        value={value}
        aria-describedby={hint ? `${id}-hint` : undefined}
        className="mt-0.5 size-4 rounded border-zinc-300 accent-brand-600"
        {...props}
      />
      <div className="text-sm">
        <label htmlFor={id} className="font-medium">
          {label}
        </label>
        {hint ? (
          <p id={`${id}-hint`} className="text-xs text-zinc-600 dark:text-zinc-400">
            {hint}
          </p>
        ) : null}
      </div>
    </div>
  );
}

/** A fieldset of checkboxes with a legend and one error region. */
export function CheckboxGroup({
  legend,
  name,
  options,
  selected,
  error,
}: {
  legend: string;
  name: string;
  options: { value: string; label: string; hint?: string }[];
  selected: readonly string[];
  error?: FieldErrorValue;
}) {
  const id = `${name}-group`;
  return (
    <fieldset className="space-y-2" aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="mb-1 text-sm font-medium">{legend}</legend>
      <div className="grid gap-2 sm:grid-cols-2">
        {options.map((o) => (
          <CheckboxField
            key={o.value}
            name={name}
            value={o.value}
            label={o.label}
            hint={o.hint}
            defaultChecked={selected.includes(o.value)}
          />
        ))}
      </div>
      <FieldMessages id={id} error={error} />
    </fieldset>
  );
}
