import { oauthDeviceAuthorization, oauthProvider } from "@better-auth/oauth-provider";
import { betterAuth, type BetterAuthOptions } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { passkey } from "@better-auth/passkey";
import { sso } from "@better-auth/sso";
import { admin, jwt, organization, twoFactor } from "better-auth/plugins";
import { db } from "@/db";
import * as schema from "@/db/schema";
import { recordOwnAccountEvent } from "@/lib/audit";
import { afterAuthHooks, beforeAuthHooks } from "@/lib/auth-hooks";
import { backchannelLogoutHooks, withOurBackchannelDelivery } from "@/lib/backchannel-logout";
import { productName } from "@/lib/branding";
import { env } from "@/lib/env";
import { IDENTITY_PROVIDER_FIELDS, SSO_MANAGEMENT_PATHS } from "@/lib/identity-providers/config";
import { resolveUpstreamUser } from "@/lib/identity-providers/linking";
import { providerOrigins } from "@/lib/identity-providers/origins";
import { sealingProviderSecrets } from "@/lib/identity-providers/sealed-secrets";
import { sendInvitationMail } from "@/lib/invitation-mail";
import { sendLinkMail } from "@/lib/mail";
import {
  organizationClaims,
  organizationReferenceId,
  shouldShowOrganizationPicker,
} from "@/lib/oauth/organization-step";
import { sharedStorage } from "@/lib/operations/shared-storage";
import { idTokenScopeClaims } from "@/lib/oauth/id-token-claims";
import { metadataDocumentClients } from "@/lib/oauth/metadata-documents";
import { cachingAdapter } from "@/lib/oauth/record-cache-adapter";
import { hashStoredValue } from "@/lib/oauth/token-hash";
import {
  PLATFORM_REFERENCE,
  generateClientId,
  initialAccessTokenValidator,
} from "@/lib/oauth/registration";
import { SCOPES } from "@/lib/oauth/scopes";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "@/lib/password-policy";
import { signingKeyAdapter } from "@/lib/signing-key-cache";

export const ISSUER = `${env.BETTER_AUTH_URL}/api/auth`;
export const ADMIN_ROLE = "admin";

/** The admin plugin stores roles comma-separated; this is the one check of the admin role. */
export const hasAdminRole = (role: unknown) =>
  typeof role === "string" && role.split(",").includes(ADMIN_ROLE);
const isAdmin = (user?: Record<string, unknown> | null) => hasAdminRole(user?.role);

const perMinute = (max: number) => ({ window: env.RATE_LIMIT_WINDOW, max });

export function buildAuthOptions() {
  return {
    appName: "Gatehouse",
    baseURL: env.BETTER_AUTH_URL,
    basePath: "/api/auth",
    secret: env.BETTER_AUTH_SECRET,
    // Client, resource and link rows cached, emptied by every write (docs/library-facts.md#fact-100);
    // native transactions: the sso plugin's account resolution needs them (fact 91); the adapter
    // seals upstream client secrets (fact 92).
    database: cachingAdapter((options) =>
      sealingProviderSecrets(
        drizzleAdapter(db, { provider: "pg", schema, transaction: true })(options),
      ),
    ),
    // Upstream identity providers on private addresses are reachable only while
    // OUTBOUND_ALLOW_PRIVATE_NETWORKS=true; the sso plugin admits them through trustedOrigins.
    trustedOrigins: () => providerOrigins(),
    emailAndPassword: {
      enabled: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: MAX_PASSWORD_LENGTH,
      requireEmailVerification: env.REQUIRE_EMAIL_VERIFICATION,
      revokeSessionsOnPasswordReset: true,
      resetPasswordTokenExpiresIn: 60 * 60,
      sendResetPassword: async ({ user, url }) => {
        const name = await productName();
        await sendLinkMail(
          user.email,
          `Reset your ${name} password`,
          `Someone asked to reset the password of your ${name} account. The link works for one hour.`,
          "Choose a new password",
          url,
        );
      },
      onPasswordReset: ({ user }, request) =>
        recordOwnAccountEvent("user.password_reset", user, request?.headers),
    },
    emailVerification: {
      sendOnSignUp: env.REQUIRE_EMAIL_VERIFICATION,
      sendOnSignIn: env.REQUIRE_EMAIL_VERIFICATION,
      autoSignInAfterVerification: true,
      sendVerificationEmail: async ({ user, url }) =>
        sendLinkMail(
          user.email,
          "Verify your email address",
          `Confirm that ${user.email} is your address to finish setting up your ${await productName()} account.`,
          "Verify email address",
          url,
        ),
      afterEmailVerification: (user, request) =>
        recordOwnAccountEvent("user.email_verified", user, request?.headers),
    },
    user: {
      changeEmail: {
        enabled: true,
        // A user whose address was never verified may correct it directly; otherwise the
        // change is confirmed through a link sent to the new address.
        updateEmailWithoutVerification: true,
      },
    },
    // One-time identifiers (password-reset tokens, OTPs, passkey challenges, authorization
    // codes) are stored as hashes: a read of the verification table cannot be replayed.
    // Session tokens have no such option (SECURITY.md, docs/library-facts.md#fact-39).
    // With REDIS_URL: session cache and rate-limit counters in Redis, shared by every instance;
    // sessions and verification values (the DPoP replay store) stay in PostgreSQL, which the
    // provider requires (docs/library-facts.md, facts 56 and 57).
    secondaryStorage: sharedStorage,
    session: { storeSessionInDatabase: !!sharedStorage },
    verification: { storeIdentifier: "hashed", storeInDatabase: !!sharedStorage },
    // The jwt plugin's session-JWT route is not part of our surface (docs/library-facts.md#fact-2).
    // The sso plugin's provider management is owner-scoped and trusts its caller's input; our
    // console and organization pages manage providers instead (docs/library-facts.md#fact-90).
    disabledPaths: ["/token", ...SSO_MANAGEMENT_PATHS],
    rateLimit: {
      enabled: env.RATE_LIMIT_ENABLED,
      window: env.RATE_LIMIT_WINDOW,
      max: env.RATE_LIMIT_MAX,
    },
    advanced: {
      ipAddress: { ipAddressHeaders: env.IP_ADDRESS_HEADERS, trustedProxies: env.TRUSTED_PROXIES },
    },
    onAPIError: { errorURL: `${env.BETTER_AUTH_URL}/error` },
    hooks: {
      before: beforeAuthHooks,
      after: afterAuthHooks,
    },
    // OIDC Back-Channel Logout: every ended session notifies its clients (lib/backchannel-logout.ts).
    databaseHooks: { session: { delete: backchannelLogoutHooks } },
    plugins: [
      jwt({
        jwt: { issuer: ISSUER },
        jwks: {
          keyPairConfig: { alg: "RS256", modulusLength: 2048 },
          // A key that stopped signing stays in the JWKS this long (docs/library-facts.md#fact-74).
          gracePeriod: env.SIGNING_KEY_GRACE_SECONDS,
        },
        // Key rows cached in memory, invalidated when a key is minted (issue 14).
        adapter: signingKeyAdapter,
      }),
      organization({ sendInvitationEmail: sendInvitationMail }),
      admin({ adminRoles: [ADMIN_ROLE], defaultRole: "user" }),
      twoFactor({ issuer: "Gatehouse" }),
      passkey({
        rpID: new URL(env.BETTER_AUTH_URL).hostname,
        rpName: "Gatehouse",
        origin: env.BETTER_AUTH_URL,
      }),
      // The provider's back-channel delivery is replaced by ours (docs/library-facts.md#fact-75).
      withOurBackchannelDelivery(
        oauthProvider({
          scopes: SCOPES,
          loginPage: "/sign-in",
          consentPage: "/consent",
          signup: { page: "/sign-up" },
          postLogin: {
            page: "/select-organization",
            shouldRedirect: shouldShowOrganizationPicker,
            consentReferenceId: organizationReferenceId,
          },
          allowPublicClientPrelogin: true,
          // Links are checked by our before-hook, which also knows resources open to every
          // client (lib/oauth/resource-access.ts, docs/library-facts.md#fact-80).
          enforcePerClientResources: false,
          refreshTokenReuseInterval: env.REFRESH_TOKEN_REUSE_INTERVAL,
          // The default "hashed" storage, computed with node:crypto (fact 113): same stored values.
          storeTokens: { hash: hashStoredValue },
          storeClientSecret: { hash: hashStoredValue },
          // OIDC Core §8.1: clients registered with subject_type "pairwise" get a sub per sector
          // (the host of their first redirect URI); unset: public subjects only.
          pairwiseSecret: env.PAIRWISE_SECRET,
          allowDynamicClientRegistration: true,
          // OPEN_REGISTRATION: RFC 7591 without a token, public clients only (lib/oauth/open-registration.ts).
          allowUnauthenticatedClientRegistration: env.OPEN_REGISTRATION,
          validateInitialAccessToken: initialAccessTokenValidator(env.INITIAL_ACCESS_TOKEN),
          // The id under which our before-hook stored a registration's policy (fact 73).
          generateClientId,
          clientReference: ({ user }) => (isAdmin(user) ? PLATFORM_REFERENCE : undefined),
          clientPrivileges: ({ user }) => isAdmin(user),
          resourcePrivileges: ({ user }) => isAdmin(user),
          customIdTokenClaims: idTokenScopeClaims,
          customAccessTokenClaims: ({ referenceId }) => organizationClaims(referenceId),
          customUserInfoClaims: ({ jwt: payload }) => organizationClaims(payload.org_id),
          extensions: [
            { claims: { idToken: ({ referenceId }) => organizationClaims(referenceId) } },
          ],
          advertisedMetadata: {
            claims_supported: [
              "sub",
              "iss",
              "aud",
              "exp",
              "iat",
              "sid",
              "scope",
              "azp",
              "auth_time",
              "nonce",
              "name",
              "given_name",
              "family_name",
              "picture",
              "email",
              "email_verified",
              "org_id",
              "org_slug",
            ],
          },
          rateLimit: {
            token: perMinute(env.RATE_LIMIT_TOKEN),
            authorize: perMinute(env.RATE_LIMIT_AUTHORIZE),
            introspect: perMinute(env.RATE_LIMIT_INTROSPECT),
            revoke: perMinute(env.RATE_LIMIT_REVOKE),
            register: perMinute(env.RATE_LIMIT_REGISTER),
            userinfo: perMinute(env.RATE_LIMIT_USERINFO),
          },
        }),
      ),
      // Upstream OpenID Providers added at run time (docs/library-facts.md#fact-90).
      sso({
        resolveUser: resolveUpstreamUser,
        organizationProvisioning: { defaultRole: "member" },
        // An organization's email domains route to its provider once verified (DNS TXT or an admin).
        domainVerification: { enabled: true },
        schema: { ssoProvider: { additionalFields: IDENTITY_PROVIDER_FIELDS } },
      }),
      // RFC 8628: codes for 10 minutes, polled every 5 s; verification_uri is the portal's /device
      // (docs/library-facts.md#fact-26).
      oauthDeviceAuthorization({
        expiresIn: "10m",
        interval: "5s",
        verificationUri: `${env.BETTER_AUTH_URL}/device`,
      }),
      // Client ID Metadata Documents (docs/library-facts.md#fact-82).
      ...(env.CLIENT_ID_METADATA_DOCUMENTS ? [metadataDocumentClients()] : []),
    ],
  } satisfies BetterAuthOptions;
}

function createAuth() {
  return betterAuth(buildAuthOptions());
}

export type Auth = ReturnType<typeof createAuth>;

// One instance per process: instrumentation and route bundles import this module separately.
const globalForAuth = globalThis as { __gatehouseAuth?: Auth };
export const auth: Auth = (globalForAuth.__gatehouseAuth ??= createAuth());
