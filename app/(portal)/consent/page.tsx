import type { Metadata } from "next";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { AuthShell, Card } from "@/app/_components/ui/card";
import { auth } from "@/lib/auth";
import { first, queryString } from "@/lib/oauth/flow";
import { SCOPE_CATALOGUE, isKnownScope, parseScope } from "@/lib/oauth/scopes";
import { getSession } from "@/lib/session";
import { ConsentForm } from "./consent-form";

export const metadata: Metadata = { title: "Authorize access" };

export default async function ConsentPage({ searchParams }: PageProps<"/consent">) {
  const params = await searchParams;
  const session = await getSession();
  if (!session) redirect(`/sign-in${queryString(params)}`);
  const clientId = first(params.client_id);
  if (!clientId) redirect("/error?error=invalid_request&error_description=Missing+client_id");

  const client = await auth.api
    .getOAuthClientPublic({ query: { client_id: clientId }, headers: await headers() })
    .catch(() => null);
  if (!client) redirect("/error?error=invalid_client&error_description=Unknown+application");

  const name = client.client_name ?? "This application";
  const scopes = parseScope(first(params.scope)).filter(isKnownScope);
  return (
    <AuthShell>
      <Card>
        <h1 className="text-xl font-semibold tracking-tight">
          {name} wants to access your account
        </h1>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          Signed in as{" "}
          <span className="font-medium text-zinc-900 dark:text-zinc-100">{session.user.email}</span>
        </p>
        <h2 className="mt-6 text-sm font-medium">This will allow {name} to:</h2>
        <ul className="mt-3 space-y-2">
          {scopes.map((scope) => (
            <li
              key={scope}
              className="flex items-start gap-3 rounded-lg bg-zinc-50 px-3 py-2 text-sm dark:bg-zinc-800/60"
            >
              <span aria-hidden className="mt-0.5 text-brand-600 dark:text-brand-100">
                ✓
              </span>
              <span>
                {SCOPE_CATALOGUE[scope].sentence}
                {SCOPE_CATALOGUE[scope].sensitive ? (
                  <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs text-amber-800 dark:bg-amber-900/40 dark:text-amber-200">
                    sensitive
                  </span>
                ) : null}
              </span>
            </li>
          ))}
        </ul>
        <ConsentForm />
        <p className="mt-4 text-xs text-zinc-500 dark:text-zinc-400">
          You can revoke this access at any time from your account.
        </p>
      </Card>
    </AuthShell>
  );
}
