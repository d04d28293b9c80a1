import type { Metadata } from "next";
import { first, preloginClient, queryString, signInTargets } from "@/lib/oauth/flow";
import { getBranding } from "@/lib/branding";
import { FlowPage } from "../_components/flow-page";
import { SignUpForm } from "./sign-up-form";

export const metadata: Metadata = { title: "Create account" };

export default async function SignUpPage({ searchParams }: PageProps<"/sign-up">) {
  const params = await searchParams;
  const { productName } = await getBranding();
  return (
    <FlowPage
      client={await preloginClient(params)}
      inFlowTitle={(name) => `Create an account to continue to ${name}`}
      title="Create your account"
      description={`One account for every app that signs in with ${productName}.`}
      foot={{
        prompt: "Already have an account?",
        href: `/sign-in${queryString(params)}`,
        label: "Sign in",
      }}
    >
      <SignUpForm {...signInTargets(params)} defaultEmail={first(params.email)} />
    </FlowPage>
  );
}
