import type { InputHTMLAttributes, TextareaHTMLAttributes } from "react";
import {
  LabelledControl,
  controlClass,
  controlProps,
  type LabelledFieldProps,
} from "./field-parts";

/** A labelled input whose error is announced and tied to it by aria-describedby. */
export function Field({
  label,
  name,
  error,
  hint,
  id = name,
  className = "",
  ...props
}: LabelledFieldProps & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <LabelledControl id={id} label={label} error={error} hint={hint}>
      <input
        {...controlProps(id, name, error, hint)}
        className={`${controlClass} h-10 ${className}`}
        {...props}
      />
    </LabelledControl>
  );
}

/** A labelled multi-line field (one value per line), monospaced. */
export function TextAreaField({
  label,
  name,
  error,
  hint,
  id = name,
  rows = 3,
  ...props
}: LabelledFieldProps & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <LabelledControl id={id} label={label} error={error} hint={hint}>
      <textarea
        {...controlProps(id, name, error, hint)}
        rows={rows}
        className={`${controlClass} py-2 font-mono`}
        {...props}
      />
    </LabelledControl>
  );
}
