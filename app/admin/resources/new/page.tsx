import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/app/_components/ui/card";
import { PageHeader } from "@/app/_components/ui/console-shell";
import { requireAdmin } from "@/lib/session";
import { ResourceForm } from "../_components/resource-form";

export const metadata: Metadata = { title: "New resource" };

export default async function NewResourcePage() {
  await requireAdmin();
  return (
    <>
      <p className="mb-2 text-sm">
        <Link
          href="/admin/resources"
          className="text-brand-700 hover:underline dark:text-brand-100"
        >
          ← Resources
        </Link>
      </p>
      <PageHeader
        title="New resource"
        description="An API that accepts this provider's access tokens."
      />
      <Card>
        <ResourceForm />
      </Card>
    </>
  );
}
