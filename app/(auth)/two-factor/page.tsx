import type { Metadata } from "next";
import Link from "next/link";
import { AuthShell, Card } from "@/app/_components/ui/card";
import { first, preloginClient, queryString, safeReturnPath } from "@/lib/oauth/flow";
import { FlowHeader, footLinkClass } from "../_components/flow-header";
import { TwoFactorForm } from "./two-factor-form";

export const metadata: Metadata = { title: "Two-step verification" };

export default async function TwoFactorPage({ searchParams }: PageProps<"/two-factor">) {
  const params = await searchParams;
  const client = await preloginClient(params);
  return (
    <AuthShell>
      <Card>
        <FlowHeader
          client={client}
          inFlowTitle={(name) => `Verify it’s you to continue to ${name}`}
          title="Two-step verification"
          description="Enter the 6-digit code from your authenticator app."
        />
        <TwoFactorForm returnTo={safeReturnPath(first(params.redirect_to))} />
        <p className="mt-6 text-center text-sm text-zinc-600 dark:text-zinc-400">
          Not you, or stuck?{" "}
          <Link href={`/sign-in${queryString(params)}`} className={footLinkClass}>
            Sign in again
          </Link>
        </p>
      </Card>
    </AuthShell>
  );
}
