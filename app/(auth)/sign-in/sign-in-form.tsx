"use client";

import { useState } from "react";
import { FormMessage } from "@/app/_components/form/form-message";
import { useHydrated } from "@/app/_components/form/use-hydrated";
import { Button } from "@/app/_components/ui/button";
import { Field } from "@/app/_components/ui/field";
import { authClient } from "@/lib/auth-client";

export function SignInForm({ returnTo }: { returnTo: string }) {
  const [pending, setPending] = useState(false);
  const hydrated = useHydrated();
  const [message, setMessage] = useState<string>();

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setMessage(undefined);
    const { data, error } = await authClient.signIn.email({
      email: String(form.get("email")),
      password: String(form.get("password")),
    });
    if (error) {
      setPending(false);
      setMessage(
        error.status === 401 || error.code === "INVALID_EMAIL_OR_PASSWORD"
          ? "That email and password do not match an account."
          : (error.message ?? "Sign-in failed. Try again."),
      );
      return;
    }
    // Inside an OAuth flow the plugin answers with the next step and the client follows it.
    if (!(data && "redirect" in data && data.redirect)) window.location.assign(returnTo);
  }

  return (
    <form onSubmit={onSubmit} method="post" className="mt-6 space-y-4">
      <FormMessage message={message} />
      <Field label="Email" name="email" type="email" autoComplete="email" required autoFocus />
      <Field
        label="Password"
        name="password"
        type="password"
        autoComplete="current-password"
        required
      />
      <Button type="submit" className="w-full" disabled={pending || !hydrated} aria-busy={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
