"use client";

import { useFormStatus } from "react-dom";
import { Button, type ButtonProps } from "@/app/_components/ui/button";
import { useHydrated } from "./use-hydrated";

/**
 * The submit button of a server-action form: disabled until hydrated and while the action
 * runs (aria-busy then). The label stays put, so the layout does not shift on submit.
 */
export function SubmitButton({
  children,
  pendingLabel,
  disabled,
  ...props
}: Omit<ButtonProps, "type"> & { pendingLabel?: string }) {
  const { pending } = useFormStatus();
  const hydrated = useHydrated();
  return (
    <Button
      type="submit"
      disabled={disabled || pending || !hydrated}
      aria-busy={pending || undefined}
      {...props}
    >
      {pending && pendingLabel ? pendingLabel : children}
    </Button>
  );
}
