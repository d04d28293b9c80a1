import type { Metadata } from "next";
import Link from "next/link";
import { AuthShell, Card } from "@/app/_components/ui/card";
import { first, preloginClient, queryString, safeReturnPath } from "@/lib/oauth/flow";
import { PasskeySignInButton } from "./passkey-sign-in-button";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: PageProps<"/sign-in">) {
  const params = await searchParams;
  const client = await preloginClient(params);
  const returnTo = safeReturnPath(first(params.redirect_to));
  return (
    <AuthShell>
      <Card>
        <h1 className="text-xl font-semibold tracking-tight">
          {client ? `Sign in to continue to ${client.name}` : "Sign in to Gatehouse"}
        </h1>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          Use the email and password of your Gatehouse account.
        </p>
        <SignInForm returnTo={returnTo} />
        <div className="mt-3">
          <PasskeySignInButton returnTo={returnTo} />
        </div>
        <p className="mt-6 text-center text-sm text-zinc-600 dark:text-zinc-400">
          New here?{" "}
          <Link
            href={`/sign-up${queryString(params)}`}
            className="font-medium text-brand-600 hover:underline dark:text-brand-100"
          >
            Create an account
          </Link>
        </p>
      </Card>
    </AuthShell>
  );
}
