"use client";

import type { InputHTMLAttributes, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";
import {
  FieldHint,
  LabelledControl,
  controlClass,
  controlProps,
} from "@/app/_components/ui/field-parts";

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
      {hint && !text ? <FieldHint id={id}>{hint}</FieldHint> : null}
      <div id={`${id}-error`} aria-live="polite">
        {text ? <p className="text-xs text-red-600 dark:text-red-400">{text}</p> : null}
      </div>
    </>
  );
}

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
    <LabelledControl id={id} label={label}>
      <input
        {...controlProps(id, name, error, hint)}
        className={`${controlClass} h-10`}
        {...props}
      />
      <Described id={id} error={error} hint={hint} />
    </LabelledControl>
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
    <LabelledControl id={id} label={label}>
      <textarea
        {...controlProps(id, name, error, hint)}
        rows={3}
        className={`${controlClass} py-2 font-mono`}
        {...props}
      />
      <Described id={id} error={error} hint={hint} />
    </LabelledControl>
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
    <LabelledControl id={id} label={label}>
      <select
        {...controlProps(id, name, error, hint)}
        className={`${controlClass} h-10`}
        {...props}
      >
        {children}
      </select>
      <Described id={id} error={error} hint={hint} />
    </LabelledControl>
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
