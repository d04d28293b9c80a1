import type { Metadata } from "next";
import Link from "next/link";
import { AuthShell, Card } from "@/app/_components/ui/card";
import { first, preloginClient, queryString, safeReturnPath } from "@/lib/oauth/flow";
import { SignUpForm } from "./sign-up-form";

export const metadata: Metadata = { title: "Create account" };

export default async function SignUpPage({ searchParams }: PageProps<"/sign-up">) {
  const params = await searchParams;
  const client = await preloginClient(params);
  return (
    <AuthShell>
      <Card>
        <h1 className="text-xl font-semibold tracking-tight">
          {client ? `Create an account to continue to ${client.name}` : "Create your account"}
        </h1>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          One account for every app that signs in with Gatehouse.
        </p>
        <SignUpForm returnTo={safeReturnPath(first(params.redirect_to))} />
        <p className="mt-6 text-center text-sm text-zinc-600 dark:text-zinc-400">
          Already have an account?{" "}
          <Link
            href={`/sign-in${queryString(params)}`}
            className="font-medium text-brand-600 hover:underline dark:text-brand-100"
          >
            Sign in
          </Link>
        </p>
      </Card>
    </AuthShell>
  );
}
