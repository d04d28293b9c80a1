import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/app/_components/ui/badge";
import { PageHeader } from "@/app/_components/ui/console-shell";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { Entry, EntryList, EntrySummary } from "@/app/_components/ui/entry-list";
import { Section } from "@/app/_components/ui/section";
import { listMemberships } from "@/db/queries/organizations";
import { roleLabel } from "@/lib/organization-roles";
import { requireSession } from "@/lib/session";
import { CreateOrganizationForm } from "./create-organization-form";
import { MembershipActions } from "./membership-forms";

export const metadata: Metadata = { title: "Organizations" };

export default async function OrganizationsPage() {
  const session = await requireSession("/account/organizations");
  const memberships = await listMemberships(session.user.id);
  const activeId = session.session.activeOrganizationId;
  return (
    <>
      <PageHeader
        title="Organizations"
        description="Apps that act for an organization ask you which one to use; the active one is preselected."
      />
      <Section id="your-organizations" title="Your organizations">
        {memberships.length === 0 ? (
          <EmptyState title="No organizations yet">
            Create one below, or ask an owner to invite you.
          </EmptyState>
        ) : (
          <EntryList>
            {memberships.map((org) => {
              const labelId = `org-${org.id}`;
              const active = org.id === activeId;
              return (
                <Entry key={org.id}>
                  <EntrySummary
                    labelId={labelId}
                    title={
                      <Link href={`/account/organizations/${org.slug}`} className="hover:underline">
                        {org.name}
                      </Link>
                    }
                    badges={
                      <>
                        <Badge>{roleLabel(org.role)}</Badge>
                        {active ? <Badge tone="success">Active</Badge> : null}
                      </>
                    }
                  >
                    <p className="font-mono text-xs break-all text-zinc-600 dark:text-zinc-400">
                      {org.slug}
                    </p>
                  </EntrySummary>
                  <MembershipActions
                    organizationId={org.id}
                    active={active}
                    describedBy={labelId}
                  />
                </Entry>
              );
            })}
          </EntryList>
        )}
      </Section>
      <Section id="new-organization" title="Create an organization">
        <CreateOrganizationForm />
      </Section>
    </>
  );
}
