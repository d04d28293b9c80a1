"use server";

import { findOrganizationProvider } from "@/db/queries/identity-providers";
import { deleteIdentityProvider } from "@/db/writes/identity-providers";
import { organizationAction, refuse } from "@/lib/action";
import { auth } from "@/lib/auth";
import { addIdentityProvider } from "@/lib/identity-providers/manage";
import { forgetProviderOrigins } from "@/lib/identity-providers/origins";
import { organizationProviderSchema, organizationSsoSchema } from "./sso-schemas";

const existingProvider = async (organizationId: string) =>
  (await findOrganizationProvider(organizationId)) ?? refuse("No single sign-on is set up.");

const target = (p: { id: string; name: string }) => ({
  type: "identity_provider",
  id: p.id,
  label: p.name,
});

/** An owner or admin attaches an OIDC provider to the organization for its email domains. */
export const addOrganizationSso = organizationAction(
  organizationSsoSchema,
  async (input, ctx, org) => {
    if (await findOrganizationProvider(org.id)) {
      refuse("This organization already has single sign-on. Remove it first to replace it.");
    }
    const { id, providerId, issuer } = await addIdentityProvider(
      { ...input, trustedForLinking: false },
      { organizationId: org.id, domains: input.domains },
    );
    // The plugin mints the DNS TXT token the page shows (its endpoints are closed over HTTP).
    await auth.api.requestDomainVerification({ headers: ctx.headers, body: { providerId } });
    await ctx.audit({
      type: "identity_provider.created",
      target: target({ id, name: input.name }),
      details: { issuer, organizationId: org.id, domains: input.domains },
    });
    ctx.revalidate("/account/organizations", "layout");
    return { ok: true, message: "Single sign-on added. Verify the domains to turn it on." };
  },
);

/** Checks the DNS TXT record (the sso plugin's domain verification). */
export const verifyOrganizationDomains = organizationAction(
  organizationProviderSchema,
  async (_, ctx, org) => {
    const provider = await existingProvider(org.id);
    await auth.api.verifyDomain({
      headers: ctx.headers,
      body: { providerId: provider.providerId },
    });
    await ctx.audit({
      type: "identity_provider.updated",
      target: target(provider),
      details: { domainVerified: true, domains: provider.domain },
    });
    ctx.revalidate("/account/organizations", "layout");
    return { ok: true, message: "Domains verified: single sign-on is on." };
  },
);

export const removeOrganizationSso = organizationAction(
  organizationProviderSchema,
  async (_, ctx, org) => {
    const { id, name } = await existingProvider(org.id);
    await deleteIdentityProvider(id);
    forgetProviderOrigins();
    await ctx.audit({ type: "identity_provider.deleted", target: target({ id, name }) });
    ctx.revalidate("/account/organizations", "layout");
    return { ok: true, message: "Single sign-on removed." };
  },
);
