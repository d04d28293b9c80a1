import type { Metadata } from "next";
import Link from "next/link";
import { AuthShell, Card } from "@/app/_components/ui/card";
import { preloginClient, queryString, signInTargets } from "@/lib/oauth/flow";
import { FlowHeader, footLinkClass } from "../_components/flow-header";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: PageProps<"/sign-in">) {
  const params = await searchParams;
  const client = await preloginClient(params);
  const query = queryString(params);
  return (
    <AuthShell>
      <Card>
        <FlowHeader
          client={client}
          inFlowTitle={(name) => `Sign in to continue to ${name}`}
          title="Sign in to Gatehouse"
          description="Use the email and password of your Gatehouse account."
        />
        <SignInForm {...signInTargets(params)} forgotHref={`/forgot-password${query}`} />
        <p className="mt-6 text-center text-sm text-zinc-600 dark:text-zinc-400">
          New here?{" "}
          <Link href={`/sign-up${query}`} className={footLinkClass}>
            Create an account
          </Link>
        </p>
      </Card>
    </AuthShell>
  );
}
