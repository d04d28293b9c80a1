import type { Metadata } from "next";
import { Badge } from "@/app/_components/ui/badge";
import { PageHeader } from "@/app/_components/ui/console-shell";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { Section } from "@/app/_components/ui/section";
import { listMemberships } from "@/db/queries/organizations";
import { requireSession } from "@/lib/session";
import { CreateOrganizationForm } from "./create-organization-form";
import { MembershipActions } from "./membership-forms";

export const metadata: Metadata = { title: "Organizations" };

const roleLabel = (role: string) =>
  role
    .split(",")
    .map((r) => r.charAt(0).toUpperCase() + r.slice(1))
    .join(", ");

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
          <ul className="divide-y divide-zinc-200 dark:divide-zinc-800">
            {memberships.map((org) => {
              const labelId = `org-${org.id}`;
              const active = org.id === activeId;
              return (
                <li
                  key={org.id}
                  className="flex flex-col gap-3 py-4 first:pt-0 last:pb-0 sm:flex-row sm:items-center"
                >
                  <div className="min-w-0 flex-1 space-y-1">
                    <div className="flex flex-wrap items-center gap-2">
                      <h3 id={labelId} className="font-medium break-words">
                        {org.name}
                      </h3>
                      <Badge>{roleLabel(org.role)}</Badge>
                      {active ? <Badge tone="success">Active</Badge> : null}
                    </div>
                    <p className="font-mono text-xs break-all text-zinc-600 dark:text-zinc-400">
                      {org.slug}
                    </p>
                  </div>
                  <MembershipActions
                    organizationId={org.id}
                    active={active}
                    describedBy={labelId}
                  />
                </li>
              );
            })}
          </ul>
        )}
      </Section>
      <Section id="new-organization" title="Create an organization">
        <CreateOrganizationForm />
      </Section>
    </>
  );
}
