import type { InputHTMLAttributes, TextareaHTMLAttributes } from "react";
import {
  LabelledControl,
  controlClass,
  labelledField,
  type LabelledFieldProps,
} from "./field-parts";

/** A labelled input whose error is announced and tied to it by aria-describedby. */
export function Field({
  className = "",
  ...props
}: LabelledFieldProps & InputHTMLAttributes<HTMLInputElement>) {
  const { frame, control } = labelledField(props);
  return (
    <LabelledControl {...frame}>
      <input {...control} className={`${controlClass} h-10 ${className}`} />
    </LabelledControl>
  );
}

/** A labelled multi-line field (one value per line), monospaced. */
export function TextAreaField({
  rows = 3,
  ...props
}: LabelledFieldProps & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const { frame, control } = labelledField(props);
  return (
    <LabelledControl {...frame}>
      <textarea rows={rows} className={`${controlClass} py-2 font-mono`} {...control} />
    </LabelledControl>
  );
}
