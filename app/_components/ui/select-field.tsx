import type { SelectHTMLAttributes } from "react";
import { LabelledControl } from "./field-parts";

type SelectFieldProps = SelectHTMLAttributes<HTMLSelectElement> & {
  label: string;
  name: string;
  options: readonly { value: string; label: string }[];
};

/** A labelled native select (keyboard and screen-reader friendly by default). */
export function SelectField({
  label,
  name,
  options,
  id = name,
  className = "",
  ...props
}: SelectFieldProps) {
  return (
    <LabelledControl id={id} label={label}>
      <select
        id={id}
        name={name}
        className={`block h-10 w-full rounded-lg border border-zinc-300 bg-white px-3 text-sm dark:border-zinc-700 dark:bg-zinc-950 ${className}`}
        {...props}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </LabelledControl>
  );
}
