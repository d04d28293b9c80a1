import type { Metadata } from "next";
import { Card } from "@/app/_components/ui/card";
import { requireAdmin } from "@/lib/session";
import { ResourceForm } from "../_components/resource-form";
import { DetailHeader } from "../../_components/detail-header";

export const metadata: Metadata = { title: "New resource" };

export default async function NewResourcePage() {
  await requireAdmin();
  return (
    <>
      <DetailHeader
        back={{ href: "/admin/resources", label: "Resources" }}
        title="New resource"
        description="An API that accepts this provider's access tokens."
      />
      <Card>
        <ResourceForm />
      </Card>
    </>
  );
}
