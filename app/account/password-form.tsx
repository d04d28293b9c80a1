"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import * as z from "zod";
import { FormMessage } from "@/app/_components/form/form-message";
import { useHydrated } from "@/app/_components/form/use-hydrated";
import { Button } from "@/app/_components/ui/button";
import { Field } from "@/app/_components/ui/field";
import { authClient } from "@/lib/auth-client";
import { MIN_PASSWORD_LENGTH, PASSWORD_HINT } from "@/lib/password-policy";
import { passwordSchema } from "./schemas";

const PASSWORD_FIELDS = [
  { label: "Current password", name: "currentPassword", autoComplete: "current-password" },
  {
    label: "New password",
    name: "newPassword",
    autoComplete: "new-password",
    minLength: MIN_PASSWORD_LENGTH,
    hint: PASSWORD_HINT,
  },
  { label: "Confirm new password", name: "confirmPassword", autoComplete: "new-password" },
] as const;

type Errors = Partial<Record<(typeof PASSWORD_FIELDS)[number]["name"], string[]>>;

/**
 * A client island: with "sign out other sessions" Better Auth replaces the current session and
 * sets a new cookie, which only the browser's own request can receive.
 */
export function PasswordForm() {
  const router = useRouter();
  const hydrated = useHydrated();
  const formRef = useRef<HTMLFormElement>(null);
  const [pending, setPending] = useState(false);
  const [errors, setErrors] = useState<Errors>({});
  const [message, setMessage] = useState<{ text: string; ok: boolean }>();

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const parsed = passwordSchema.safeParse({
      currentPassword: String(form.get("currentPassword") ?? ""),
      newPassword: String(form.get("newPassword") ?? ""),
      confirmPassword: String(form.get("confirmPassword") ?? ""),
      revokeOtherSessions: form.get("revokeOtherSessions") === "on",
    });
    if (!parsed.success) {
      setErrors(z.flattenError(parsed.error).fieldErrors);
      setMessage({ text: "Check the highlighted fields.", ok: false });
      return;
    }
    setPending(true);
    setErrors({});
    setMessage(undefined);
    const { currentPassword, newPassword, revokeOtherSessions } = parsed.data;
    const { error } = await authClient.changePassword({
      currentPassword,
      newPassword,
      revokeOtherSessions,
    });
    setPending(false);
    if (error) {
      if (error.code === "INVALID_PASSWORD") {
        setErrors({ currentPassword: ["That is not your current password."] });
        setMessage({ text: "Your password was not changed.", ok: false });
      } else if (error.code === "PASSWORD_TOO_SHORT" || error.code === "PASSWORD_TOO_LONG") {
        setErrors({ newPassword: ["Use between 8 and 128 characters."] });
        setMessage({ text: "Your password was not changed.", ok: false });
      } else {
        setMessage({
          text: error.message ?? "Your password was not changed. Try again.",
          ok: false,
        });
      }
      return;
    }
    formRef.current?.reset();
    setMessage({
      text: revokeOtherSessions
        ? "Password changed. Your other sessions are signed out."
        : "Password changed.",
      ok: true,
    });
    router.refresh();
  }

  return (
    <form ref={formRef} onSubmit={onSubmit} method="post" className="max-w-xl space-y-4" noValidate>
      <FormMessage message={message?.text} tone={message?.ok ? "info" : "error"} />
      {PASSWORD_FIELDS.map((field) => (
        <Field
          key={field.name}
          {...field}
          type="password"
          required
          error={errors[field.name]?.[0]}
        />
      ))}
      <label className="flex items-start gap-2 text-sm">
        <input
          type="checkbox"
          name="revokeOtherSessions"
          defaultChecked
          className="mt-0.5 size-4 rounded border-zinc-300 accent-brand-600"
        />
        <span>Sign out of other sessions</span>
      </label>
      <Button type="submit" disabled={pending || !hydrated} aria-busy={pending || undefined}>
        Change password
      </Button>
    </form>
  );
}
