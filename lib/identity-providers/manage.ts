import { findProviderByDomain } from "@/db/queries/identity-providers";
import { insertIdentityProvider } from "@/db/writes/identity-providers";
import { refuse } from "@/lib/action";
import { DiscoveryFailure, discoverProvider } from "./discovery";
import { forgetProviderOrigins } from "./origins";
import { newProviderId, oidcConfigFor } from "./provider-config";

type NewProvider = {
  name: string;
  issuer: string;
  clientId: string;
  clientSecret: string;
  scopes: string[];
  trustedForLinking: boolean;
};
type Scope = { organizationId: null } | { organizationId: string; domains: string[] };

/**
 * Adds an upstream provider once its discovery document checks out (a readable refusal on the
 * Issuer URL field otherwise). Console providers serve everyone; an organization's provider
 * serves its email domains once they are verified.
 */
export async function addIdentityProvider(input: NewProvider, scope: Scope) {
  const domains = scope.organizationId ? scope.domains : [];
  for (const domain of domains) {
    if (await findProviderByDomain(domain)) {
      refuse("Check the highlighted fields.", {
        domains: `${domain} already signs in through another provider.`,
      });
    }
  }
  let discovered;
  try {
    discovered = await discoverProvider(input.issuer);
  } catch (error) {
    if (!(error instanceof DiscoveryFailure)) throw error;
    refuse("The provider's discovery document could not be used.", { issuer: error.message });
  }
  const providerId = await newProviderId(input.name);
  const id = await insertIdentityProvider({
    providerId,
    name: input.name,
    issuer: discovered.issuer,
    oidcConfig: await oidcConfigFor(discovered, input),
    enabled: true,
    trustedForLinking: input.trustedForLinking,
    domain: domains.join(","),
    // Console providers name no domain and need no proof; an organization proves its domains.
    domainVerified: !scope.organizationId,
    organizationId: scope.organizationId,
  });
  forgetProviderOrigins();
  return { id, providerId, issuer: discovered.issuer };
}
