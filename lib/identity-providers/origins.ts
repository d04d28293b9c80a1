import { listProviderEndpointOrigins } from "@/db/queries/identity-providers";
import { env } from "@/lib/env";

/**
 * The sso plugin fetches an upstream's token, JWKS and UserInfo endpoints only when their host is
 * public or their origin is a trusted origin (docs/library-facts.md#fact-93). Our rule is
 * OUTBOUND_ALLOW_PRIVATE_NETWORKS: while it is true, the origins of the stored providers are
 * trusted origins, read from the database at most every few seconds and at once after a change.
 */
const TTL_MS = 5_000;
let cached: { at: number; origins: string[] } | undefined;

export function forgetProviderOrigins() {
  cached = undefined;
}

export async function providerOrigins(): Promise<string[]> {
  if (!env.OUTBOUND_ALLOW_PRIVATE_NETWORKS) return [];
  if (cached && Date.now() - cached.at < TTL_MS) return cached.origins;
  const origins = await listProviderEndpointOrigins().catch(() => cached?.origins ?? []);
  cached = { at: Date.now(), origins };
  return origins;
}
