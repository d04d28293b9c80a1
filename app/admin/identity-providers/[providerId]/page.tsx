import type { Metadata } from "next";
import { FormMessage } from "@/app/_components/form/form-message";
import { Badge, StatusBadge } from "@/app/_components/ui/badge";
import { Card } from "@/app/_components/ui/card";
import { Field } from "@/app/_components/ui/field";
import { getIdentityProvider } from "@/db/queries/identity-providers";
import { providerRedirectUri } from "@/lib/identity-providers/redirect-uri";
import { ActionButton } from "../../_components/action-button";
import { ConfirmDeleteCard } from "../../_components/confirm-delete-form";
import { CopyButton } from "../../_components/copy-button";
import { DetailHeader } from "../../_components/detail-header";
import { requireRecord } from "../../_components/require-record";
import { ProviderForm } from "../_components/provider-form";
import { deleteProvider, markDomainVerified, toggleProvider } from "../actions";

export const metadata: Metadata = { title: "Identity provider" };

export default async function IdentityProviderPage({
  params,
  searchParams,
}: PageProps<"/admin/identity-providers/[providerId]">) {
  const provider = await requireRecord((await params).providerId, getIdentityProvider);
  const { saved } = await searchParams;
  const redirectUri = providerRedirectUri(provider.providerId);
  return (
    <>
      <DetailHeader
        back={{ href: "/admin/identity-providers", label: "Identity providers" }}
        title={provider.name}
        description={<span className="font-mono break-all">{provider.issuer}</span>}
      />
      <div className="space-y-6">
        {saved ? <FormMessage tone="info" message="Identity provider saved." /> : null}
        <Card className="space-y-3">
          <h2 className="text-lg font-semibold">Register Gatehouse upstream</h2>
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            At the provider, register a confidential web client with this redirect URI (and the
            authorization code grant).
          </p>
          <div className="flex flex-wrap items-end gap-2">
            <div className="min-w-0 flex-1">
              <Field
                label="Redirect URI"
                name="redirectUri"
                value={redirectUri}
                readOnly
                className="font-mono text-xs"
              />
            </div>
            <CopyButton value={redirectUri} />
          </div>
        </Card>
        <Card className="flex flex-wrap items-center justify-between gap-3">
          <div className="space-y-1">
            <h2 className="text-lg font-semibold">Sign-in</h2>
            <p className="text-sm text-zinc-600 dark:text-zinc-400">
              {provider.enabled
                ? `The sign-in page offers “Continue with ${provider.name}”.`
                : "Turned off: nobody can sign in with this provider."}
            </p>
          </div>
          <div className="flex items-center gap-3">
            <StatusBadge disabled={!provider.enabled} on="Enabled" />
            <ActionButton
              action={toggleProvider}
              fields={{ id: provider.id }}
              label={provider.enabled ? "Disable" : "Enable"}
            />
          </div>
        </Card>
        {provider.organizationId ? (
          <Card className="flex flex-wrap items-center justify-between gap-3">
            <div className="space-y-1">
              <h2 className="text-lg font-semibold">Organization domains</h2>
              <p className="text-sm break-all text-zinc-600 dark:text-zinc-400">
                {provider.domain.split(",").join(", ")}
              </p>
            </div>
            {provider.domainVerified ? (
              <Badge tone="success">Verified</Badge>
            ) : (
              <ActionButton
                action={markDomainVerified}
                fields={{ id: provider.id }}
                label="Mark domains verified"
              />
            )}
          </Card>
        ) : null}
        <Card>
          <ProviderForm key={`${provider.name}-${provider.clientId}`} provider={provider} />
        </Card>
        <ConfirmDeleteCard action={deleteProvider} record={provider} title="Delete provider">
          Nobody can sign in with it any more; accounts keep their other ways to sign in.
        </ConfirmDeleteCard>
      </div>
    </>
  );
}
