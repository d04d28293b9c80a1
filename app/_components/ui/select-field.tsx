import type { ReactNode, SelectHTMLAttributes } from "react";
import {
  FieldMessages,
  LabelledControl,
  controlClass,
  controlProps,
  type FieldErrorValue,
} from "./field-parts";

type SelectFieldProps = SelectHTMLAttributes<HTMLSelectElement> & {
  label: string;
  name: string;
  options: readonly { value: string; label: string; disabled?: boolean }[];
  error?: FieldErrorValue;
  hint?: ReactNode;
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
    <LabelledControl id={id} label={label}>
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
      <FieldMessages id={id} error={error} hint={hint} />
    </LabelledControl>
  );
}
