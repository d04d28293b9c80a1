import type { Metadata } from "next";
import { LinkButton } from "@/app/_components/ui/button";
import { AuthShell, Card } from "@/app/_components/ui/card";
import { first } from "@/lib/oauth/flow";
import { ResetPasswordForm } from "./reset-password-form";

export const metadata: Metadata = { title: "Choose a new password" };

export default async function ResetPasswordPage({ searchParams }: PageProps<"/reset-password">) {
  const params = await searchParams;
  const token = first(params.token);
  const invalid = !token || !!first(params.error);
  return (
    <AuthShell>
      <Card>
        {invalid ? (
          <>
            <h1 className="text-xl font-semibold tracking-tight">This reset link doesn’t work</h1>
            <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
              The link is invalid, was used already or has expired (links work for one hour).
              Request a new one.
            </p>
            <LinkButton href="/forgot-password" className="mt-6 w-full">
              Request a new link
            </LinkButton>
          </>
        ) : (
          <>
            <h1 className="text-xl font-semibold tracking-tight">Choose a new password</h1>
            <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
              You will be signed out everywhere else once it is changed.
            </p>
            <ResetPasswordForm token={token} />
          </>
        )}
      </Card>
    </AuthShell>
  );
}
