import { LinkButton } from "@/app/_components/ui/button";
import { AuthShell, Card } from "@/app/_components/ui/card";
import { ISSUER } from "@/lib/auth";
import { getSession } from "@/lib/session";

export default async function HomePage() {
  const session = await getSession();
  return (
    <AuthShell>
      <Card>
        <h1 className="text-2xl font-semibold tracking-tight">Gatehouse</h1>
        <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
          The identity portal of this organization: one account to sign in to every connected app,
          choose the organization an app acts for, and see and revoke what each app may do.
        </p>
        <div className="mt-6 flex flex-col gap-3 sm:flex-row">
          {session ? (
            <LinkButton href="/account">Your account</LinkButton>
          ) : (
            <>
              <LinkButton href="/sign-in">Sign in</LinkButton>
              <LinkButton href="/sign-up" variant="secondary">
                Create account
              </LinkButton>
            </>
          )}
        </div>
        <div className="mt-8 border-t border-zinc-200 pt-4 text-xs text-zinc-500 dark:border-zinc-800 dark:text-zinc-400">
          <p className="font-medium text-zinc-700 dark:text-zinc-300">For developers</p>
          <p className="mt-1">
            Issuer <code className="font-mono break-all">{ISSUER}</code>
          </p>
          <p className="mt-1">
            Discovery{" "}
            <a
              className="font-mono break-all text-brand-600 hover:underline dark:text-brand-100"
              href="/.well-known/openid-configuration"
            >
              /.well-known/openid-configuration
            </a>
          </p>
        </div>
      </Card>
    </AuthShell>
  );
}
