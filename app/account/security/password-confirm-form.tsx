"use client";

import { useId, useState } from "react";
import { FormMessage } from "@/app/_components/form/form-message";
import { useHydrated } from "@/app/_components/form/use-hydrated";
import { Button } from "@/app/_components/ui/button";
import { Field } from "@/app/_components/ui/field";

/**
 * Asks for the current password before a security change. `onConfirm` returns an error message,
 * or nothing when it worked.
 */
export function PasswordConfirmForm({
  submitLabel,
  variant = "primary",
  onConfirm,
  onCancel,
}: {
  submitLabel: string;
  variant?: "primary" | "danger";
  onConfirm: (password: string) => Promise<string | undefined>;
  onCancel?: () => void;
}) {
  const id = useId();
  const hydrated = useHydrated();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string>();

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const password = String(new FormData(event.currentTarget).get("password") ?? "");
    if (!password) return setError("Enter your current password.");
    setPending(true);
    setError(undefined);
    const message = await onConfirm(password);
    setPending(false);
    if (message) setError(message);
  }

  return (
    <form onSubmit={onSubmit} method="post" className="max-w-sm space-y-3" noValidate>
      <FormMessage message={error} />
      <Field
        id={`${id}-password`}
        label="Current password"
        name="password"
        type="password"
        autoComplete="current-password"
        required
        autoFocus
      />
      <div className="flex flex-wrap gap-2">
        <Button
          type="submit"
          variant={variant}
          disabled={pending || !hydrated}
          aria-busy={pending || undefined}
        >
          {submitLabel}
        </Button>
        {onCancel ? (
          <Button variant="secondary" onClick={onCancel}>
            Cancel
          </Button>
        ) : null}
      </div>
    </form>
  );
}

/** Better Auth's wrong-password answer, in words. */
export function passwordError(error: { code?: string; message?: string }): string {
  return error.code === "INVALID_PASSWORD"
    ? "That is not your current password."
    : (error.message ?? "That did not work. Try again.");
}
