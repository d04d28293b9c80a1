"use client";

import { useState } from "react";
import { FormMessage } from "@/app/_components/form/form-message";
import { useHydrated } from "@/app/_components/form/use-hydrated";
import { Button } from "@/app/_components/ui/button";
import { Field } from "@/app/_components/ui/field";
import { authClient } from "@/lib/auth-client";

const followRedirect = (data: unknown) =>
  !!data &&
  typeof data === "object" &&
  "redirect" in data &&
  !!(data as { redirect: unknown }).redirect;

export function SignUpForm({ returnTo }: { returnTo: string }) {
  const [pending, setPending] = useState(false);
  const hydrated = useHydrated();
  const [message, setMessage] = useState<string>();

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setMessage(undefined);
    const { data, error } = await authClient.signUp.email({
      name: String(form.get("name")),
      email: String(form.get("email")),
      password: String(form.get("password")),
    });
    if (error) {
      setPending(false);
      setMessage(
        error.code === "USER_ALREADY_EXISTS" ||
          error.code === "USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL"
          ? "An account with this email already exists. Sign in instead."
          : error.code === "PASSWORD_TOO_SHORT"
            ? "Choose a password of at least 8 characters."
            : (error.message ?? "Could not create the account. Try again."),
      );
      return;
    }
    if (followRedirect(data)) return;
    // prompt=create: the flow continues only once we say the account was created (fact 25).
    if (new URLSearchParams(window.location.search).get("prompt")?.split(" ").includes("create")) {
      const next = await authClient.oauth2.continue({ created: true });
      if (followRedirect(next.data)) return;
    }
    window.location.assign(returnTo);
  }

  return (
    <form onSubmit={onSubmit} method="post" className="mt-6 space-y-4">
      <FormMessage message={message} />
      <Field label="Name" name="name" autoComplete="name" required autoFocus />
      <Field label="Email" name="email" type="email" autoComplete="email" required />
      <Field
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        minLength={8}
        required
        hint="At least 8 characters."
      />
      <Button type="submit" className="w-full" disabled={pending || !hydrated} aria-busy={pending}>
        {pending ? "Creating account…" : "Create account"}
      </Button>
    </form>
  );
}
