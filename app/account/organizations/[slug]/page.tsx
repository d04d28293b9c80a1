import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Badge } from "@/app/_components/ui/badge";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { Entry, EntryList, EntrySummary } from "@/app/_components/ui/entry-list";
import { formatDateTime } from "@/app/_components/ui/format-date";
import { Section } from "@/app/_components/ui/section";
import { ActionButton } from "@/app/admin/_components/action-button";
import { DetailHeader } from "@/app/admin/_components/detail-header";
import {
  findMemberRole,
  findOrganizationBySlug,
  listOrganizationMembers,
  listPendingInvitations,
} from "@/db/queries/organizations";
import { assignableRoles, canManageMembers, isOwner, roleLabel } from "@/lib/organization-roles";
import { requireSession } from "@/lib/session";
import { cancelInvitation, resendInvitation } from "./actions";
import { InviteForm } from "./invite-form";
import { MemberControls } from "./member-controls";
import { OrganizationSsoSection } from "./sso-section";

export const metadata: Metadata = { title: "Organization" };

/** One organization: its members for everyone in it; invitations and roles for owners and admins. */
export default async function OrganizationPage({
  params,
}: PageProps<"/account/organizations/[slug]">) {
  const { slug } = await params;
  const session = await requireSession(`/account/organizations/${encodeURIComponent(slug)}`);
  const organization = await findOrganizationBySlug(slug);
  const me = organization && (await findMemberRole(session.user.id, organization.id));
  if (!organization || !me) notFound();
  const manager = canManageMembers(me.role);
  const roles = assignableRoles(me.role);
  const [members, invitations] = await Promise.all([
    listOrganizationMembers(organization.id),
    manager ? listPendingInvitations(organization.id) : [],
  ]);
  return (
    <>
      <DetailHeader
        back={{ href: "/account/organizations", label: "Organizations" }}
        title={organization.name}
        description={`Your role: ${roleLabel(me.role)}. Apps see this organization as ${organization.slug}.`}
      />
      <Section id="members" title="Members">
        <EntryList>
          {members.map((m) => {
            const labelId = `member-${m.id}`;
            const self = m.userId === session.user.id;
            // Admins may not touch owners (the plugin refuses it too); nobody edits themselves here.
            const editable = manager && !self && (isOwner(me.role) || !isOwner(m.role));
            return (
              <Entry key={m.id}>
                <EntrySummary
                  labelId={labelId}
                  title={m.name}
                  badges={
                    <>
                      <Badge tone={isOwner(m.role) ? "brand" : "neutral"}>
                        {roleLabel(m.role)}
                      </Badge>
                      {self ? <Badge tone="success">You</Badge> : null}
                    </>
                  }
                >
                  <p className="text-sm break-all text-zinc-600 dark:text-zinc-400">{m.email}</p>
                </EntrySummary>
                {editable ? (
                  <MemberControls
                    organizationId={organization.id}
                    memberId={m.id}
                    role={m.role}
                    roles={roles}
                    canTransfer={isOwner(me.role) && !isOwner(m.role)}
                    describedBy={labelId}
                  />
                ) : null}
              </Entry>
            );
          })}
        </EntryList>
      </Section>
      {manager ? (
        <>
          <Section
            id="invite"
            title="Invite people"
            description="We email them a link; they accept or decline after signing in or creating an account."
          >
            <InviteForm organizationId={organization.id} roles={roles} />
          </Section>
          <OrganizationSsoSection organizationId={organization.id} />
          <Section id="invitations" title="Pending invitations">
            {invitations.length === 0 ? (
              <EmptyState title="No pending invitations">
                Invitations you send appear here.
              </EmptyState>
            ) : (
              <EntryList>
                {invitations.map((i) => {
                  const labelId = `invitation-${i.id}`;
                  const { expired } = i;
                  const fields = { organizationId: organization.id, invitationId: i.id };
                  return (
                    <Entry key={i.id}>
                      <EntrySummary
                        labelId={labelId}
                        title={i.email}
                        badges={
                          <>
                            <Badge>{roleLabel(i.role ?? "member")}</Badge>
                            {expired ? <Badge tone="warning">Expired</Badge> : null}
                          </>
                        }
                      >
                        <p className="text-sm text-zinc-600 dark:text-zinc-400">
                          {`${expired ? "Expired" : "Expires"} ${formatDateTime(i.expiresAt)}`}
                        </p>
                      </EntrySummary>
                      <div className="flex flex-wrap gap-2">
                        <ActionButton
                          action={resendInvitation}
                          fields={fields}
                          label="Resend"
                          describedBy={labelId}
                        />
                        <ActionButton
                          action={cancelInvitation}
                          fields={fields}
                          label="Cancel"
                          variant="danger"
                          describedBy={labelId}
                        />
                      </div>
                    </Entry>
                  );
                })}
              </EntryList>
            )}
          </Section>
        </>
      ) : null}
    </>
  );
}
