import type { SelectHTMLAttributes } from "react";
import {
  LabelledControl,
  controlClass,
  labelledField,
  type LabelledFieldProps,
} from "./field-parts";

type SelectFieldProps = SelectHTMLAttributes<HTMLSelectElement> &
  LabelledFieldProps & {
    options: readonly { value: string; label: string; disabled?: boolean }[];
  };

/** A labelled native select (keyboard and screen-reader friendly by default). */
export function SelectField({ options, className = "", ...props }: SelectFieldProps) {
  const { frame, control } = labelledField(props);
  return (
    <LabelledControl {...frame}>
      <select {...control} className={`${controlClass} h-10 ${className}`}>
        {options.map((o) => (
          <option key={o.value} value={o.value} disabled={o.disabled}>
            {o.label}
          </option>
        ))}
      </select>
    </LabelledControl>
  );
}
