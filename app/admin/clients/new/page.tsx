import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/app/_components/ui/console-shell";
import { requireAdmin } from "@/lib/session";
import { NewClientForm } from "../_components/new-client-form";

export const metadata: Metadata = { title: "New client" };

export default async function NewClientPage() {
  await requireAdmin();
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/admin/clients" className="text-brand-700 hover:underline dark:text-brand-100">
          ← Clients
        </Link>
      </p>
      <PageHeader
        title="New client"
        description="Pick what kind of application this is; Gatehouse fills in safe defaults."
      />
      <NewClientForm />
    </>
  );
}
