"use client";

import { useActionState } from "react";
import { FormMessage } from "@/app/_components/form/form-message";
import { SubmitButton } from "@/app/_components/form/submit-button";
import { Card } from "@/app/_components/ui/card";
import { Field } from "@/app/_components/ui/field";
import { initialActionState, type ActionState } from "@/lib/action-state";

const headingClass = {
  2: "text-lg font-semibold text-red-700 dark:text-red-400",
  3: "font-medium text-red-700 dark:text-red-400",
};

/**
 * A delete that asks for the thing's name typed into "Type {name} to confirm" (the action checks
 * it and answers in `fieldErrors.confirm`). `hidden` carries the id fields the action reads.
 */
type ConfirmDeleteProps = {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  hidden: Record<string, string>;
  name: string;
  /** The heading, also the button's label, e.g. "Delete client". */
  title: string;
  level?: 2 | 3;
  /** What deleting does, shown under the heading. */
  children: React.ReactNode;
};

export function ConfirmDeleteForm({
  action: deleteAction,
  hidden,
  name,
  title,
  level = 2,
  children,
}: ConfirmDeleteProps) {
  const [state, action] = useActionState(deleteAction, initialActionState);
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <section className="space-y-2">
      <Heading className={headingClass[level]}>{title}</Heading>
      <p className="text-sm text-zinc-600 dark:text-zinc-400">{children}</p>
      <form action={action} className="space-y-3" noValidate>
        <FormMessage message={state.message} />
        {Object.entries(hidden).map(([field, value]) => (
          <input key={field} type="hidden" name={field} value={value} />
        ))}
        <Field
          label={`Type ${name} to confirm`}
          name="confirm"
          autoComplete="off"
          defaultValue={state.values?.confirm}
          error={state.fieldErrors?.confirm}
        />
        <SubmitButton variant="danger">{title}</SubmitButton>
      </form>
    </section>
  );
}

/**
 * A detail page's last card: the ConfirmDeleteForm of its record, whose id the action reads as
 * `idField` ("id" unless named) and whose name is what to type.
 */
export function ConfirmDeleteCard({
  record,
  idField = "id",
  ...props
}: Omit<ConfirmDeleteProps, "hidden" | "name"> & {
  record: { id: string; name: string };
  idField?: string;
}) {
  return (
    <Card>
      <ConfirmDeleteForm {...props} hidden={{ [idField]: record.id }} name={record.name} />
    </Card>
  );
}
