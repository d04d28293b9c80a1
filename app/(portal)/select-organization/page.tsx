import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthShell, Card } from "@/app/_components/ui/card";
import { listMemberships } from "@/db/queries/organizations";
import { queryString } from "@/lib/oauth/flow";
import { getSession } from "@/lib/session";
import { OrganizationPicker } from "./organization-picker";

export const metadata: Metadata = { title: "Choose an organization" };

export default async function SelectOrganizationPage({
  searchParams,
}: PageProps<"/select-organization">) {
  const params = await searchParams;
  const session = await getSession();
  if (!session) redirect(`/sign-in${queryString(params)}`);
  const organizations = await listMemberships(session.user.id);
  return (
    <AuthShell>
      <Card>
        <h1 className="text-xl font-semibold tracking-tight">Choose an organization</h1>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          {organizations.length
            ? "The app will act for the organization you choose."
            : "The app acts for an organization. Create your first one to continue."}
        </p>
        <OrganizationPicker organizations={organizations} />
      </Card>
    </AuthShell>
  );
}
