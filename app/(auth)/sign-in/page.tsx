import type { Metadata } from "next";
import { anyOrganizationProvider, listSignInProviders } from "@/db/queries/identity-providers";
import { providerErrorMessage } from "@/lib/identity-providers/messages";
import {
  continueTarget,
  first,
  inFlow,
  preloginClient,
  queryString,
  signInTargets,
} from "@/lib/oauth/flow";
import { getBranding } from "@/lib/branding";
import { FlowPage } from "../_components/flow-page";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: PageProps<"/sign-in">) {
  const params = await searchParams;
  const query = queryString(params);
  const [{ productName }, providers, organizationSso] = await Promise.all([
    getBranding(),
    listSignInProviders(),
    anyOrganizationProvider(),
  ]);
  const targets = signInTargets(params);
  return (
    <FlowPage
      client={await preloginClient(params)}
      inFlowTitle={(name) => `Sign in to continue to ${name}`}
      title={`Sign in to ${productName}`}
      description={`Use the email and password of your ${productName} account.`}
      foot={{ prompt: "New here?", href: `/sign-up${query}`, label: "Create an account" }}
    >
      <SignInForm
        {...targets}
        defaultEmail={first(params.email)}
        providers={providers}
        organizationSso={organizationSso}
        providerCallback={inFlow(params) ? continueTarget(params) : targets.returnTo}
        providerError={providerErrorMessage(first(params.error))}
        forgotHref={`/forgot-password${query}`}
      />
    </FlowPage>
  );
}
