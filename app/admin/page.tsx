import { PageHeader } from "@/app/_components/ui/console-shell";
import { requireAdmin } from "@/lib/session";

export default async function AdminOverviewPage() {
  await requireAdmin();
  return <PageHeader title="Overview" description="Your identity provider at a glance." />;
}
