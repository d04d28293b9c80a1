import { headers } from "next/headers";
import { Badge } from "@/app/_components/ui/badge";
import { Field } from "@/app/_components/ui/field";
import { Section } from "@/app/_components/ui/section";
import { ActionButton } from "@/app/admin/_components/action-button";
import { ProviderForm } from "@/app/admin/identity-providers/_components/provider-form";
import { findOrganizationProvider } from "@/db/queries/identity-providers";
import { auth } from "@/lib/auth";
import { providerRedirectUri } from "@/lib/identity-providers/redirect-uri";
import {
  addOrganizationSso,
  removeOrganizationSso,
  verifyOrganizationDomains,
} from "./sso-actions";

/** The DNS TXT record that proves the domains (the sso plugin's verification token). */
async function txtRecord(providerId: string) {
  try {
    const { domainVerificationToken } = await auth.api.requestDomainVerification({
      headers: await headers(),
      body: { providerId },
    });
    return { name: `_better-auth-token-${providerId}`, value: domainVerificationToken };
  } catch {
    return undefined;
  }
}

/** Enterprise single sign-on for an organization's owners and admins. */
export async function OrganizationSsoSection({ organizationId }: { organizationId: string }) {
  const provider = await findOrganizationProvider(organizationId);
  const fields = { organizationId };
  const record =
    provider && !provider.domainVerified ? await txtRecord(provider.providerId) : undefined;
  return (
    <Section
      id="sso"
      title="Single sign-on"
      description="People with an email in your domains sign in through your identity provider and join this organization as members."
    >
      {!provider ? (
        <ProviderForm organization={{ id: organizationId, action: addOrganizationSso }} />
      ) : (
        <div className="space-y-4">
          <div className="flex flex-wrap items-center gap-2">
            <h3 className="font-medium">{provider.name}</h3>
            <Badge tone={provider.domainVerified ? "success" : "warning"}>
              {provider.domainVerified ? "Domains verified" : "Domains not verified"}
            </Badge>
          </div>
          <p className="text-sm break-all text-zinc-600 dark:text-zinc-400">
            {provider.issuer} · {provider.domain.split(",").join(", ")}
          </p>
          <Field
            label="Redirect URI"
            name="redirectUri"
            value={providerRedirectUri(provider.providerId)}
            readOnly
            className="font-mono text-xs"
          />
          {record ? (
            <div className="space-y-2 text-sm">
              <p>
                Prove the domains are yours: add this TXT record to each of them (
                <span className="font-mono">{`${record.name}.<domain>`}</span>), then verify. An
                administrator can also confirm them.
              </p>
              <Field
                label="TXT record value"
                name="txt"
                value={record.value}
                readOnly
                className="font-mono text-xs"
              />
              <ActionButton
                action={verifyOrganizationDomains}
                fields={fields}
                label="Verify domains"
              />
            </div>
          ) : null}
          <ActionButton
            action={removeOrganizationSso}
            fields={fields}
            label="Remove single sign-on"
            variant="danger"
          />
        </div>
      )}
    </Section>
  );
}
