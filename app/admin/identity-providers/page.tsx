import type { Metadata } from "next";
import { Badge, StatusBadge } from "@/app/_components/ui/badge";
import { LinkButton } from "@/app/_components/ui/button";
import { PageHeader } from "@/app/_components/ui/console-shell";
import { ListTable, MonoId, RowLink, Td } from "@/app/_components/ui/data-table";
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
      <ListTable
        label="Identity providers"
        columns={["Provider", "Used by", "Status"]}
        rows={providers}
        empty="No identity providers yet."
      >
        {(p) => (
          <>
            <Td>
              <RowLink href={`/admin/identity-providers/${p.id}`}>{p.name}</RowLink>
              <MonoId wrap>{p.issuer}</MonoId>
            </Td>
            <Td>{p.organizationName ? `${p.organizationName} (${p.domain})` : "Everyone"}</Td>
            <Td>
              <div className="flex flex-wrap gap-1.5">
                <StatusBadge disabled={!p.enabled} on="Enabled" />
                {p.trustedForLinking ? <Badge tone="brand">Trusted for linking</Badge> : null}
              </div>
            </Td>
          </>
        )}
      </ListTable>
    </>
  );
}
