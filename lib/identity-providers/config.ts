/** Our columns on the sso plugin's `ssoProvider` table. */
export const IDENTITY_PROVIDER_FIELDS = {
  /** What people see: "Continue with <name>". */
  name: { type: "string", required: true, defaultValue: "" },
  enabled: { type: "boolean", required: true, defaultValue: true },
  /** An upstream identity with a verified email may link to the account with that email. */
  trustedForLinking: { type: "boolean", required: true, defaultValue: false },
} as const;

/**
 * The plugin's provider management endpoints, closed over HTTP: they let any signed-in user
 * register a provider with any settings. Our pages write providers themselves.
 */
export const SSO_MANAGEMENT_PATHS = [
  "/sso/register",
  "/sso/providers",
  "/sso/get-provider",
  "/sso/update-provider",
  "/sso/delete-provider",
  "/sso/request-domain-verification",
  "/sso/verify-domain",
  "/sso/saml2/sp/metadata",
];
