import type { Metadata } from "next";
import { requireAdmin } from "@/lib/session";
import { DetailHeader } from "../../_components/detail-header";
import { NewClientForm } from "../_components/new-client-form";

export const metadata: Metadata = { title: "New client" };

export default async function NewClientPage() {
  await requireAdmin();
  return (
    <>
      <DetailHeader
        back={{ href: "/admin/clients", label: "Clients" }}
        title="New client"
        description="Pick what kind of application this is; Gatehouse fills in safe defaults."
      />
      <NewClientForm />
    </>
  );
}
