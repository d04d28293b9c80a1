import type { SelectHTMLAttributes } from "react";
import {
  LabelledControl,
  controlClass,
  controlProps,
  type LabelledFieldProps,
} from "./field-parts";

type SelectFieldProps = SelectHTMLAttributes<HTMLSelectElement> &
  LabelledFieldProps & {
    options: readonly { value: string; label: string; disabled?: boolean }[];
  };

/** A labelled native select (keyboard and screen-reader friendly by default). */
export function SelectField({
  label,
  name,
  options,
  error,
  hint,
  id = name,
  className = "",
  ...props
}: SelectFieldProps) {
  return (
    <LabelledControl id={id} label={label} error={error} hint={hint}>
      <select
        {...controlProps(id, name, error, hint)}
        className={`${controlClass} h-10 ${className}`}
        {...props}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value} disabled={o.disabled}>
            {o.label}
          </option>
        ))}
      </select>
    </LabelledControl>
  );
}
