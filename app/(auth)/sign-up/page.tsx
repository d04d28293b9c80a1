import type { Metadata } from "next";
import Link from "next/link";
import { AuthShell, Card } from "@/app/_components/ui/card";
import { preloginClient, queryString, signInTargets } from "@/lib/oauth/flow";
import { FlowHeader, footLinkClass } from "../_components/flow-header";
import { SignUpForm } from "./sign-up-form";

export const metadata: Metadata = { title: "Create account" };

export default async function SignUpPage({ searchParams }: PageProps<"/sign-up">) {
  const params = await searchParams;
  const client = await preloginClient(params);
  return (
    <AuthShell>
      <Card>
        <FlowHeader
          client={client}
          inFlowTitle={(name) => `Create an account to continue to ${name}`}
          title="Create your account"
          description="One account for every app that signs in with Gatehouse."
        />
        <SignUpForm {...signInTargets(params)} />
        <p className="mt-6 text-center text-sm text-zinc-600 dark:text-zinc-400">
          Already have an account?{" "}
          <Link href={`/sign-in${queryString(params)}`} className={footLinkClass}>
            Sign in
          </Link>
        </p>
      </Card>
    </AuthShell>
  );
}
