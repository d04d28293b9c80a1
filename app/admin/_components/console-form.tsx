"use client";

import type { InputHTMLAttributes, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";
import { useFormStatus } from "react-dom";
import { useHydrated } from "@/app/_components/form/use-hydrated";
import { Button, type ButtonProps } from "@/app/_components/ui/button";

const inputClass =
  "block w-full rounded-lg border border-zinc-300 bg-white px-3 text-sm shadow-xs placeholder:text-zinc-400 aria-invalid:border-red-500 dark:border-zinc-700 dark:bg-zinc-950";

/** A submit button that waits for hydration and shows the pending state. */
export function SubmitButton({
  children,
  pendingText,
  ...props
}: ButtonProps & { pendingText?: string }) {
  const { pending } = useFormStatus();
  const hydrated = useHydrated();
  return (
    <Button type="submit" disabled={pending || !hydrated} aria-busy={pending} {...props}>
      {pending && pendingText ? pendingText : children}
    </Button>
  );
}

function Described({
  id,
  error,
  hint,
}: {
  id: string;
  error?: string | string[];
  hint?: React.ReactNode;
}) {
  const text = Array.isArray(error) ? error.join(" ") : error;
  return (
    <>
      {hint && !text ? (
        <p id={`${id}-hint`} className="text-xs text-zinc-500 dark:text-zinc-400">
          {hint}
        </p>
      ) : null}
      <div id={`${id}-error`} aria-live="polite">
        {text ? <p className="text-xs text-red-600 dark:text-red-400">{text}</p> : null}
      </div>
    </>
  );
}

const describedBy = (id: string, error?: unknown, hint?: unknown) =>
  [error ? `${id}-error` : null, hint && !error ? `${id}-hint` : null].filter(Boolean).join(" ") ||
  undefined;

type Common = { label: string; name: string; error?: string | string[]; hint?: React.ReactNode };

export function TextField({
  label,
  name,
  error,
  hint,
  id = name,
  ...props
}: Common & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <div className="space-y-1.5">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <input
        id={id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        className={`${inputClass} h-10`}
        {...props}
      />
      <Described id={id} error={error} hint={hint} />
    </div>
  );
}

export function TextAreaField({
  label,
  name,
  error,
  hint,
  id = name,
  ...props
}: Common & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <div className="space-y-1.5">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <textarea
        id={id}
        name={name}
        rows={3}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        className={`${inputClass} py-2 font-mono`}
        {...props}
      />
      <Described id={id} error={error} hint={hint} />
    </div>
  );
}

export function SelectField({
  label,
  name,
  error,
  hint,
  id = name,
  children,
  ...props
}: Common & SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <div className="space-y-1.5">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <select
        id={id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        className={`${inputClass} h-10`}
        {...props}
      >
        {children}
      </select>
      <Described id={id} error={error} hint={hint} />
    </div>
  );
}

/** One checkbox with its label (and an optional hint below). */
export function CheckboxField({
  label,
  name,
  value = "on",
  hint,
  id = `${name}-${value}`,
  ...props
}: { label: string; name: string; value?: string; hint?: React.ReactNode } & Omit<
  InputHTMLAttributes<HTMLInputElement>,
  "type"
>) {
  return (
    <div className="flex items-start gap-2">
      <input
        id={id}
        type="checkbox"
        name={name}
        value={value}
        aria-describedby={hint ? `${id}-hint` : undefined}
        className="mt-0.5 size-4 rounded border-zinc-300 accent-brand-600"
        {...props}
      />
      <div className="text-sm">
        <label htmlFor={id} className="font-medium">
          {label}
        </label>
        {hint ? (
          <p id={`${id}-hint`} className="text-xs text-zinc-500 dark:text-zinc-400">
            {hint}
          </p>
        ) : null}
      </div>
    </div>
  );
}

/** A fieldset of checkboxes with a legend and one error region. */
export function CheckboxGroup({
  legend,
  name,
  options,
  selected,
  error,
}: {
  legend: string;
  name: string;
  options: { value: string; label: string; hint?: string }[];
  selected: readonly string[];
  error?: string | string[];
}) {
  const id = `${name}-group`;
  return (
    <fieldset className="space-y-2" aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="mb-1 text-sm font-medium">{legend}</legend>
      <div className="grid gap-2 sm:grid-cols-2">
        {options.map((o) => (
          <CheckboxField
            key={o.value}
            name={name}
            value={o.value}
            label={o.label}
            hint={o.hint}
            defaultChecked={selected.includes(o.value)}
          />
        ))}
      </div>
      <Described id={id} error={error} />
    </fieldset>
  );
}
