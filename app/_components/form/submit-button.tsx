"use client";

import { useFormStatus } from "react-dom";
import type { ButtonProps } from "@/app/_components/ui/button";
import { PendingButton } from "./pending-button";

/**
 * The submit button of a server-action form: a PendingButton driven by the form's status, so
 * it is disabled until hydrated and while the action runs, without any layout shift.
 */
export function SubmitButton(props: Omit<ButtonProps, "type">) {
  const { pending } = useFormStatus();
  return <PendingButton pending={pending} {...props} />;
}
