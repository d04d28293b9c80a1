import type { Metadata } from "next";
import { first, preloginClient, queryString, safeReturnPath } from "@/lib/oauth/flow";
import { FlowPage } from "../_components/flow-page";
import { TwoFactorForm } from "./two-factor-form";

export const metadata: Metadata = { title: "Two-step verification" };

export default async function TwoFactorPage({ searchParams }: PageProps<"/two-factor">) {
  const params = await searchParams;
  return (
    <FlowPage
      client={await preloginClient(params)}
      inFlowTitle={(name) => `Verify it’s you to continue to ${name}`}
      title="Two-step verification"
      description="Enter the 6-digit code from your authenticator app."
      foot={{
        prompt: "Not you, or stuck?",
        href: `/sign-in${queryString(params)}`,
        label: "Sign in again",
      }}
    >
      <TwoFactorForm returnTo={safeReturnPath(first(params.redirect_to))} />
    </FlowPage>
  );
}
