import { findClientProvenance } from "@/db/queries/consent-details";
import { PLATFORM_REFERENCE, REGISTRATION_SOURCE, parseMetadata } from "./registration";

/**
 * Whether the consent page may present a client as vouched for by the operator.
 *
 * Rule: a client is *verified* when an admin created it (the console; it carries the platform
 * owner reference). A client that registered itself through RFC 7591 dynamic registration
 * (with the initial access token, or a signed-in user where allowed) chose its own name and
 * logo, so it is *unverified*: the client row's own INSERT marks it (lib/oauth/registration.ts),
 * and any client without the platform owner reference counts as unverified too. The plugin's
 * public-client endpoint exposes neither, hence our own read.
 */
export async function isVerifiedClient(clientId: string): Promise<boolean> {
  const row = await findClientProvenance(clientId);
  if (!row || row.referenceId !== PLATFORM_REFERENCE) return false;
  return parseMetadata(row.metadata)[REGISTRATION_SOURCE] !== "dynamic";
}
