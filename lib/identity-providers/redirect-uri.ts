import { ISSUER } from "@/lib/auth";

/** The callback the upstream provider must allow: the sso plugin's `/sso/callback/<id>`. */
export const providerRedirectUri = (providerId: string) =>
  `${ISSUER}/sso/callback/${encodeURIComponent(providerId)}`;
