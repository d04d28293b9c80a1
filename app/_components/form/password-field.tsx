"use client";

import { useState, type InputHTMLAttributes } from "react";
import { FieldError, LabelledControl, controlProps } from "@/app/_components/ui/field-parts";

type PasswordFieldProps = InputHTMLAttributes<HTMLInputElement> & {
  label: string;
  name: string;
  hint?: string;
  error?: string;
};

/**
 * A password input with a show/hide toggle. The toggle sits outside the <label> and is named by
 * its text ("Show password" / "Hide password"), so the label still names exactly one textbox.
 */
export function PasswordField({
  label,
  name,
  hint,
  error,
  id = name,
  ...props
}: PasswordFieldProps) {
  const [visible, setVisible] = useState(false);
  return (
    <LabelledControl id={id} label={label}>
      <div className="relative">
        <input
          {...controlProps(id, name, error, hint)}
          type={visible ? "text" : "password"}
          className="block h-10 w-full rounded-lg border border-zinc-300 bg-white pr-16 pl-3 text-sm shadow-xs aria-invalid:border-red-500 dark:border-zinc-700 dark:bg-zinc-950"
          {...props}
        />
        <button
          type="button"
          onClick={() => setVisible((v) => !v)}
          aria-pressed={visible}
          aria-controls={id}
          className="absolute inset-y-1 right-1 rounded-md px-2 text-xs font-medium text-zinc-600 hover:bg-zinc-100 hover:text-zinc-900 dark:text-zinc-300 dark:hover:bg-zinc-800 dark:hover:text-zinc-100"
        >
          {/* Named by its content, not aria-label: getByLabel("Password") keeps one match. */}
          {visible ? "Hide" : "Show"}
          <span className="sr-only"> {label.toLowerCase()}</span>
        </button>
      </div>
      {hint && !error ? (
        <p id={`${id}-hint`} className="text-xs text-zinc-600 dark:text-zinc-400">
          {hint}
        </p>
      ) : null}
      {error ? <FieldError id={id}>{error}</FieldError> : null}
    </LabelledControl>
  );
}
