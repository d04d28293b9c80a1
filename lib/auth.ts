import { oauthProvider } from "@better-auth/oauth-provider";
import { betterAuth, type BetterAuthOptions } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { passkey } from "@better-auth/passkey";
import { admin, jwt, organization, twoFactor } from "better-auth/plugins";
import { db } from "@/db";
import * as schema from "@/db/schema";
import { recordOwnAccountEvent } from "@/lib/audit";
import { afterAuthHooks } from "@/lib/auth-hooks";
import { productName } from "@/lib/branding";
import { env } from "@/lib/env";
import { sendInvitationMail } from "@/lib/invitation-mail";
import { sendLinkMail } from "@/lib/mail";
import {
  organizationClaims,
  organizationReferenceId,
  shouldShowOrganizationPicker,
} from "@/lib/oauth/organization-step";
import { PLATFORM_REFERENCE, initialAccessTokenValidator } from "@/lib/oauth/registration";
import { SCOPES } from "@/lib/oauth/scopes";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "@/lib/password-policy";

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
    database: drizzleAdapter(db, { provider: "pg", schema }),
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
    // The jwt plugin's session-JWT route is not part of our surface (docs/library-facts.md#fact-2).
    disabledPaths: ["/token"],
    rateLimit: {
      enabled: env.RATE_LIMIT_ENABLED,
      window: env.RATE_LIMIT_WINDOW,
      max: env.RATE_LIMIT_MAX,
    },
    advanced: {
      ipAddress: { ipAddressHeaders: env.IP_ADDRESS_HEADERS },
    },
    onAPIError: { errorURL: `${env.BETTER_AUTH_URL}/error` },
    hooks: {
      after: afterAuthHooks,
    },
    plugins: [
      jwt({
        jwt: { issuer: ISSUER },
        jwks: { keyPairConfig: { alg: "RS256", modulusLength: 2048 } },
      }),
      organization({ sendInvitationEmail: sendInvitationMail }),
      admin({ adminRoles: [ADMIN_ROLE], defaultRole: "user" }),
      twoFactor({ issuer: "Gatehouse" }),
      passkey({
        rpID: new URL(env.BETTER_AUTH_URL).hostname,
        rpName: "Gatehouse",
        origin: env.BETTER_AUTH_URL,
      }),
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
        refreshTokenReuseInterval: env.REFRESH_TOKEN_REUSE_INTERVAL,
        allowDynamicClientRegistration: true,
        validateInitialAccessToken: initialAccessTokenValidator(env.INITIAL_ACCESS_TOKEN),
        clientReference: ({ user }) => (isAdmin(user) ? PLATFORM_REFERENCE : undefined),
        clientPrivileges: ({ user }) => isAdmin(user),
        resourcePrivileges: ({ user }) => isAdmin(user),
        customAccessTokenClaims: ({ referenceId }) => organizationClaims(referenceId),
        customUserInfoClaims: ({ jwt: payload }) => organizationClaims(payload.org_id),
        extensions: [{ claims: { idToken: ({ referenceId }) => organizationClaims(referenceId) } }],
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
