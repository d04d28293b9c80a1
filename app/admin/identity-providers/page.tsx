import type { Metadata } from "next";
import { Badge } from "@/app/_components/ui/badge";
import { LinkButton } from "@/app/_components/ui/button";
import { PageHeader } from "@/app/_components/ui/console-shell";
import { MonoId, RowLink } from "@/app/_components/ui/data-table";
import { listIdentityProviders } from "@/db/queries/identity-providers";
import { requireAdmin } from "@/lib/session";

export const metadata: Metadata = { title: "Identity providers" };

export default async function IdentityProvidersPage() {
  await requireAdmin();
  const providers = await listIdentityProviders();
  return (
    <>
      <PageHeader
        title="Identity providers"
        description="Upstream OpenID Connect providers people can sign in with (“Continue with …”), for everyone or for one organization's email domains."
        actions={<LinkButton href="/admin/identity-providers/new">New provider</LinkButton>}
      />
      {providers.length === 0 ? (
        <p className="rounded-xl border border-dashed border-zinc-300 p-8 text-center text-sm text-zinc-500 dark:border-zinc-700 dark:text-zinc-400">
          No identity providers yet.
        </p>
      ) : (
        <ul className="divide-y divide-zinc-200 overflow-hidden rounded-xl border border-zinc-200 bg-white dark:divide-zinc-800 dark:border-zinc-800 dark:bg-zinc-900">
          {providers.map((p) => (
            <li key={p.id} className="flex flex-wrap items-center justify-between gap-3 p-4">
              <div className="min-w-0">
                <RowLink href={`/admin/identity-providers/${p.id}`}>{p.name}</RowLink>
                <MonoId wrap>{p.issuer}</MonoId>
                {p.organizationName ? (
                  <p className="text-xs text-zinc-500 dark:text-zinc-400">
                    {p.organizationName} · {p.domain}
                  </p>
                ) : null}
              </div>
              <div className="flex gap-1.5">
                <Badge tone={p.enabled ? "success" : "danger"}>
                  {p.enabled ? "Enabled" : "Disabled"}
                </Badge>
                {p.trustedForLinking ? <Badge tone="brand">Trusted for linking</Badge> : null}
              </div>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
