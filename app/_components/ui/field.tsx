import type { InputHTMLAttributes } from "react";
import { FieldError, FieldHint, LabelledControl, controlClass, controlProps } from "./field-parts";

type FieldProps = InputHTMLAttributes<HTMLInputElement> & {
  label: string;
  name: string;
  error?: string;
  hint?: string;
};

/** A labelled input whose error is announced and tied to it by aria-describedby. */
export function Field({
  label,
  name,
  error,
  hint,
  id = name,
  className = "",
  ...props
}: FieldProps) {
  return (
    <LabelledControl id={id} label={label}>
      <input
        {...controlProps(id, name, error, hint)}
        className={`${controlClass} h-10 ${className}`}
        {...props}
      />
      {hint && !error ? <FieldHint id={id}>{hint}</FieldHint> : null}
      {error ? <FieldError id={id}>{error}</FieldError> : null}
    </LabelledControl>
  );
}
