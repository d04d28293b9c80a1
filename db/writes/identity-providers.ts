import { eq } from "drizzle-orm";
import { db } from "@/db";
import { ssoProvider } from "@/db/schema";

/**
 * Provider rows are written here, not through the sso plugin's /sso/register and
 * /sso/update-provider: those are owner-scoped (another admin could not edit) and check private
 * hosts against trustedOrigins computed once per process for server calls
 * (docs/library-facts.md#fact-93). The caller passes the OIDC configuration already sealed.
 */
export type ProviderRow = {
  providerId: string;
  name: string;
  issuer: string;
  oidcConfig: string;
  enabled: boolean;
  trustedForLinking: boolean;
  domain: string;
  domainVerified: boolean;
  organizationId: string | null;
};

export async function insertIdentityProvider(row: ProviderRow): Promise<string> {
  const id = crypto.randomUUID();
  await db.insert(ssoProvider).values({ id, ...row, userId: null });
  return id;
}

export async function updateIdentityProvider(id: string, values: Partial<ProviderRow>) {
  await db.update(ssoProvider).set(values).where(eq(ssoProvider.id, id));
}

export async function deleteIdentityProvider(id: string) {
  await db.delete(ssoProvider).where(eq(ssoProvider.id, id));
}
