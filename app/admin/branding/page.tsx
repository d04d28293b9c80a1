import type { Metadata } from "next";
import { Card } from "@/app/_components/ui/card";
import { PageHeader } from "@/app/_components/ui/console-shell";
import { readBranding } from "@/db/queries/branding";
import { getBranding } from "@/lib/branding";
import { requireAdmin } from "@/lib/session";
import { BrandingForm } from "./branding-form";

export const metadata: Metadata = { title: "Branding" };

export default async function BrandingPage() {
  await requireAdmin();
  const [branding, row] = await Promise.all([getBranding(), readBranding()]);
  return (
    <>
      <PageHeader
        title="Branding"
        description="The product name, logo and accent colour people see when they sign in, consent, and read our email."
      />
      <Card>
        <BrandingForm saved={{ ...branding, custom: Boolean(row?.productName) }} />
      </Card>
    </>
  );
}
