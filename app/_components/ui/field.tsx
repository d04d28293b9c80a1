import type { InputHTMLAttributes, ReactNode, TextareaHTMLAttributes } from "react";
import {
  FieldMessages,
  LabelledControl,
  controlClass,
  controlProps,
  type FieldErrorValue,
} from "./field-parts";

type Common = { label: string; name: string; error?: FieldErrorValue; hint?: ReactNode };

/** A labelled input whose error is announced and tied to it by aria-describedby. */
export function Field({
  label,
  name,
  error,
  hint,
  id = name,
  className = "",
  ...props
}: Common & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <LabelledControl id={id} label={label}>
      <input
        {...controlProps(id, name, error, hint)}
        className={`${controlClass} h-10 ${className}`}
        {...props}
      />
      <FieldMessages id={id} error={error} hint={hint} />
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
}: Common & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <LabelledControl id={id} label={label}>
      <textarea
        {...controlProps(id, name, error, hint)}
        rows={rows}
        className={`${controlClass} py-2 font-mono`}
        {...props}
      />
      <FieldMessages id={id} error={error} hint={hint} />
    </LabelledControl>
  );
}
