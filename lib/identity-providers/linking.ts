import type { SSOOptions } from "@better-auth/sso";
import { tryGetCurrentAuthEndpointContext } from "@better-auth/core/context";
import { getSessionFromCtx } from "better-auth/api";
import { LINK_INTENT_COOKIE, isLinkIntent } from "./link-intent";

type ResolveUser = NonNullable<SSOOptions["resolveUser"]>;

export const ACCOUNT_NOT_LINKED = "account_not_linked";

/** The signed-in user who asked, on /account/security, to link this provider (else null). */
async function linkingUser(providerId: string): Promise<string | null> {
  const ctx = tryGetCurrentAuthEndpointContext();
  const cookie = ctx?.getCookie?.(LINK_INTENT_COOKIE) ?? undefined;
  if (!ctx || !cookie) return null;
  const session = await getSessionFromCtx(ctx as never).catch(() => null);
  if (!session) return null;
  return (await isLinkIntent(cookie, session.user.id, providerId)) ? session.user.id : null;
}

/**
 * Account linking for upstream identities (the sso plugin's `resolveUser`,
 * docs/library-facts.md#fact-91):
 * - an identity already linked signs its user in;
 * - a signed-in user who chose "Link" on /account/security gets the identity linked;
 * - an identity whose email matches an existing account links only when the upstream says
 *   `email_verified`, the provider is marked trusted for linking (or is an organization's
 *   provider for that email's verified domain) and the local address is verified too;
 *   otherwise the sign-in is refused with `account_not_linked`;
 * - anyone else gets a new account.
 */
export const resolveUpstreamUser: ResolveUser = async (input, { database }) => {
  if (input.protocol !== "oidc") return { action: "continue" };
  const { providerId } = input;
  const linked = await database.findOne<{ userId: string }>({
    model: "account",
    where: [
      { field: "providerId", value: providerId },
      { field: "accountId", value: input.accountKey.accountId },
    ],
  });
  if (linked) return { action: "continue" };
  const requester = await linkingUser(providerId);
  if (requester) return { action: "link", userId: requester, profile: "preserve" };

  const existing = await database.findOne<{ id: string; emailVerified: boolean }>({
    model: "user",
    where: [{ field: "email", value: input.providerUser.email.toLowerCase() }],
  });
  if (!existing) return { action: "continue" };
  const provider = await database.findOne<{
    trustedForLinking?: boolean | null;
    organizationId?: string | null;
    domainVerified?: boolean | null;
    domain?: string;
  }>({
    model: "ssoProvider",
    where: [{ field: "providerId", value: providerId }],
  });
  const upstreamVerified =
    input.verifiedIdTokenClaims.email_verified === true ||
    input.providerClaims.email_verified === true;
  // An organization's provider vouches for the domains it proved (DNS TXT or an admin).
  const emailDomain = input.providerUser.email.toLowerCase().split("@")[1];
  const ownsDomain =
    !!provider?.organizationId &&
    !!provider.domainVerified &&
    (provider.domain ?? "").split(",").some((d) => d.trim() === emailDomain);
  if (upstreamVerified && (provider?.trustedForLinking || ownsDomain) && existing.emailVerified) {
    return { action: "link", userId: existing.id, profile: "preserve" };
  }
  return {
    action: "reject",
    code: ACCOUNT_NOT_LINKED,
    message:
      "An account with this email already exists. Sign in to it first, then link this provider under Account → Security.",
  };
};
