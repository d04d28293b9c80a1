import type { Metadata } from "next";
import { AuthShell, Card } from "@/app/_components/ui/card";
import { queryString } from "@/lib/oauth/flow";
import { FootLink } from "../_components/flow-page";
import { ForgotPasswordForm } from "./forgot-password-form";

export const metadata: Metadata = { title: "Reset your password" };

export default async function ForgotPasswordPage({ searchParams }: PageProps<"/forgot-password">) {
  const params = await searchParams;
  return (
    <AuthShell>
      <Card>
        <h1 className="text-xl font-semibold tracking-tight">Reset your password</h1>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          Enter the email of your account and we’ll send you a link to choose a new password.
        </p>
        <ForgotPasswordForm />
        <FootLink
          prompt="Remembered it?"
          href={`/sign-in${queryString(params)}`}
          label="Back to sign in"
        />
      </Card>
    </AuthShell>
  );
}
