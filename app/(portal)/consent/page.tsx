import type { Metadata } from "next";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { AuthShell, Card } from "@/app/_components/ui/card";
import { resourceNames } from "@/db/queries/consent-details";
import { isVerifiedClient } from "@/lib/oauth/client-trust";
import { metadataDocumentHost } from "@/lib/oauth/metadata-documents";
import { auth } from "@/lib/auth";
import { first, queryString } from "@/lib/oauth/flow";
import { ORGANIZATION_SCOPE, SCOPE_CATALOGUE, isKnownScope, parseScope } from "@/lib/oauth/scopes";
import { getSession } from "@/lib/session";
import { AccountSwitch } from "./account-switch";
import { ClientSummary } from "./client-summary";
import { ConsentForm, type ConsentScope } from "./consent-form";

export const metadata: Metadata = { title: "Authorize access" };

function describeScope(scope: string): ConsentScope {
  if (!isKnownScope(scope)) {
    return { scope, sentence: `Use the “${scope}” permission`, sensitive: false, required: false };
  }
  const { sentence, sensitive, required } = SCOPE_CATALOGUE[scope];
  // The organization was chosen in the previous step; unticking it would undo that choice.
  return { scope, sentence, sensitive, required: !!required || scope === ORGANIZATION_SCOPE };
}

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
  const scopes = parseScope(first(params.scope)).map(describeScope);
  const resources = [params.resource ?? []].flat();
  const [verified, names] = await Promise.all([
    isVerifiedClient(clientId),
    resourceNames(resources),
  ]);

  return (
    <AuthShell>
      <Card>
        <ClientSummary
          name={name}
          logoUri={client.logo_uri}
          homepage={client.client_uri}
          terms={client.tos_uri}
          privacy={client.policy_uri}
          verified={verified}
          domain={metadataDocumentHost(clientId)}
        />
        <AccountSwitch
          name={session.user.name}
          email={session.user.email}
          image={session.user.image ?? undefined}
          signInHref={`/sign-in${queryString(params)}`}
        />
        {resources.length > 0 ? (
          <div className="mt-5 text-sm">
            <h2 className="font-medium">On these APIs</h2>
            <ul className="mt-2 space-y-1">
              {resources.map((id) => (
                <li key={id} className="flex flex-wrap items-baseline gap-x-2">
                  <span>{names.get(id) ?? id}</span>
                  {names.has(id) ? (
                    <span className="font-mono text-xs break-all text-zinc-600 dark:text-zinc-400">
                      {id}
                    </span>
                  ) : null}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        <ConsentForm appName={name} scopes={scopes} />
        <p className="mt-4 text-xs text-zinc-600 dark:text-zinc-400">
          You can revoke this access at any time under Connected apps in your account.
        </p>
      </Card>
    </AuthShell>
  );
}
