import type { Metadata } from "next";
import { Card } from "@/app/_components/ui/card";
import { requireAdmin } from "@/lib/session";
import { DetailHeader } from "../../_components/detail-header";
import { ProviderForm } from "../_components/provider-form";

export const metadata: Metadata = { title: "New identity provider" };

const HEADER = {
  back: { href: "/admin/identity-providers", label: "Identity providers" },
  title: "New identity provider",
  description:
    "An OpenID Connect provider people can sign in with, such as a company's Keycloak, Entra ID or Google Workspace.",
};

export default async function NewIdentityProviderPage() {
  await requireAdmin();
  return (
    <>
      <DetailHeader {...HEADER} />
      <Card>
        <ProviderForm />
      </Card>
    </>
  );
}
