import type { Metadata } from "next";
import { Badge } from "@/app/_components/ui/badge";
import { ListTable, RowLink, Td } from "@/app/_components/ui/data-table";
import { formatDateTime } from "@/app/_components/ui/format-date";
import {
  findOrganizationById,
  listOrganizationMembers,
  listPendingInvitations,
} from "@/db/queries/organizations";
import { roleLabel } from "@/lib/organization-roles";
import { ConfirmDeleteCard } from "../../_components/confirm-delete-form";
import { DetailHeader } from "../../_components/detail-header";
import { requireRecord } from "../../_components/require-record";
import { deleteOrganization } from "../actions";

export const metadata: Metadata = { title: "Organization" };

export default async function OrganizationPage({
  params,
}: PageProps<"/admin/organizations/[organizationId]">) {
  const organization = await requireRecord((await params).organizationId, findOrganizationById);
  const [members, invitations] = await Promise.all([
    listOrganizationMembers(organization.id),
    listPendingInvitations(organization.id),
  ]);
  return (
    <>
      <DetailHeader
        back={{ href: "/admin/organizations", label: "Organizations" }}
        title={organization.name}
        description={
          <span className="font-mono break-all">{`${organization.slug} · ${organization.id}`}</span>
        }
      />
      <div className="space-y-6">
        <ListTable
          label="Members"
          columns={["Member", "Email", "Role", "Joined"]}
          rows={members}
          empty="No members."
        >
          {(m) => (
            <>
              <Td>
                <RowLink href={`/admin/users/${m.userId}`}>{m.name}</RowLink>
              </Td>
              <Td>{m.email}</Td>
              <Td>
                <Badge tone={m.role.includes("owner") ? "brand" : "neutral"}>
                  {roleLabel(m.role)}
                </Badge>
              </Td>
              <Td className="whitespace-nowrap">{formatDateTime(m.createdAt)}</Td>
            </>
          )}
        </ListTable>
        <ListTable
          label="Pending invitations"
          columns={["Email", "Role", "Expires"]}
          rows={invitations}
          empty="No pending invitations."
        >
          {(i) => (
            <>
              <Td>{i.email}</Td>
              <Td>{roleLabel(i.role ?? "member")}</Td>
              <Td className="whitespace-nowrap">
                {i.expired ? "Expired" : formatDateTime(i.expiresAt)}
              </Td>
            </>
          )}
        </ListTable>
        <ConfirmDeleteCard
          action={deleteOrganization}
          record={{ id: organization.id, name: organization.slug }}
          idField="organizationId"
          title="Delete organization"
        >
          Removes the organization, its memberships and invitations. Apps that acted for it get no
          organization claims for it any more.
        </ConfirmDeleteCard>
      </div>
    </>
  );
}
