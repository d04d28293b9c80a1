import type { Metadata } from "next";
import { Badge } from "@/app/_components/ui/badge";
import { Card } from "@/app/_components/ui/card";
import { PageHeader } from "@/app/_components/ui/console-shell";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { EntryList } from "@/app/_components/ui/entry-list";
import { formatDate } from "@/app/_components/ui/format-date";
import { listConnectedApps, type ConnectedApp } from "@/db/queries/user-consents";
import { SCOPE_CATALOGUE, isKnownScope } from "@/lib/oauth/scopes";
import { requireSession } from "@/lib/session";
import { RevokeForm } from "./revoke-form";

export const metadata: Metadata = { title: "Connected apps" };

const scopeInWords = (scope: string) =>
  isKnownScope(scope) ? SCOPE_CATALOGUE[scope].sentence : `Use the “${scope}” permission`;

export default async function ConnectedAppsPage() {
  const session = await requireSession("/account/apps");
  const apps = await listConnectedApps(session.user.id);
  return (
    <>
      <PageHeader
        title="Connected apps"
        description="Apps you have allowed to use your Gatehouse account. Revoking signs the app out and it has to ask again."
      />
      <section aria-label="Connected apps">
        <Card>
          {apps.length === 0 ? (
            <EmptyState title="No connected apps">
              When you allow an app to use your account, it appears here.
            </EmptyState>
          ) : (
            <EntryList>
              {apps.map((app) => (
                <AppEntry key={app.consentId} app={app} />
              ))}
            </EntryList>
          )}
        </Card>
      </section>
    </>
  );
}

function AppEntry({ app }: { app: ConnectedApp }) {
  const name = app.name ?? app.clientId;
  const nameId = `app-${app.consentId}`;
  return (
    <li className="flex flex-col gap-4 py-4 first:pt-0 last:pb-0 sm:flex-row sm:items-start">
      <div className="flex min-w-0 flex-1 gap-3">
        <span
          aria-hidden
          className="grid size-10 shrink-0 place-items-center overflow-hidden rounded-lg bg-zinc-100 text-sm font-semibold text-zinc-600 dark:bg-zinc-800 dark:text-zinc-300"
        >
          {app.icon ? (
            // Client logos are arbitrary registered URLs.
            // eslint-disable-next-line @next/next/no-img-element
            <img src={app.icon} alt="" width={40} height={40} className="size-full object-cover" />
          ) : (
            name.slice(0, 1).toUpperCase()
          )}
        </span>
        <div className="min-w-0 space-y-2">
          <div className="flex flex-wrap items-center gap-2">
            <h2 id={nameId} className="font-medium break-words">
              {name}
            </h2>
            {app.organizationName ? <Badge tone="brand">{app.organizationName}</Badge> : null}
          </div>
          <p className="text-xs text-zinc-600 dark:text-zinc-400">
            Allowed {formatDate(app.grantedAt)}
            {app.uri ? (
              <>
                {" · "}
                <a
                  href={app.uri}
                  rel="noopener noreferrer"
                  target="_blank"
                  className="break-all text-brand-600 hover:underline dark:text-brand-100"
                >
                  {app.uri}
                </a>
              </>
            ) : null}
          </p>
          <ul className="list-disc space-y-0.5 pl-5 text-sm text-zinc-700 dark:text-zinc-300">
            {app.scopes.map((scope) => (
              <li key={scope}>{scopeInWords(scope)}</li>
            ))}
          </ul>
        </div>
      </div>
      <RevokeForm clientId={app.clientId} describedBy={nameId} />
    </li>
  );
}
