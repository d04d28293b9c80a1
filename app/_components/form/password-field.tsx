"use client";

import { useState, type InputHTMLAttributes } from "react";
import { LabelledControl, controlClass, controlProps } from "@/app/_components/ui/field-parts";
import { MAX_PASSWORD_LENGTH } from "@/lib/password-policy";

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
    <LabelledControl id={id} label={label} error={error} hint={hint}>
      <div className="relative">
        <input
          {...controlProps(id, name, error, hint)}
          type={visible ? "text" : "password"}
          className={`${controlClass} h-10 pr-16`}
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
    </LabelledControl>
  );
}

/** A password being chosen: required, within the policy's length, and the browser may suggest one. */
export function NewPasswordField(props: PasswordFieldProps) {
  return (
    <PasswordField
      autoComplete="new-password"
      required
      maxLength={MAX_PASSWORD_LENGTH}
      {...props}
    />
  );
}
