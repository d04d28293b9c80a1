/**
 * The claims of the granted `profile` and `email` scopes in the ID token (docs/library-facts.md#fact-30).
 * The provider puts them only in UserInfo; relying parties that read the ID token alone (Auth.js's
 * generic OIDC provider, for one) then sign people in with no name or email. On by default, as
 * at Keycloak, Auth0 and Okta; a client whose metadata says `id_token_claims: false` gets them
 * from UserInfo only (the console's switch on the client's settings).
 */
export const ID_TOKEN_CLAIMS_METADATA = "id_token_claims";

type User = {
  name?: string | null;
  email?: string | null;
  emailVerified?: boolean | null;
  image?: string | null;
};

/** A client's stored metadata, which the library keeps as a JSON string or an object. */
export function clientMetadata(stored: unknown): Record<string, unknown> | undefined {
  if (typeof stored === "string") {
    try {
      return JSON.parse(stored) as Record<string, unknown>;
    } catch {
      return undefined;
    }
  }
  return stored && typeof stored === "object" ? (stored as Record<string, unknown>) : undefined;
}

/** Whether a client (by its metadata) gets the scope claims in its ID tokens. */
export const wantsIdTokenClaims = (metadata: Record<string, unknown> | undefined) =>
  metadata?.[ID_TOKEN_CLAIMS_METADATA] !== false;

/** OIDC Core §5.1 given/family names from a display name, as the provider's UserInfo splits it. */
function splitName(name: string) {
  const parts = name.split(" ").filter(Boolean);
  if (parts.length <= 1) return {};
  return { given_name: parts.slice(0, -1).join(" "), family_name: parts.at(-1) };
}

export function idTokenScopeClaims(input: {
  user: User;
  scopes: string[];
  metadata?: Record<string, unknown>;
}): Record<string, unknown> {
  const { user, scopes, metadata } = input;
  if (!wantsIdTokenClaims(metadata)) return {};
  const claims: Record<string, unknown> = {};
  if (scopes.includes("profile")) {
    if (user.name) Object.assign(claims, { name: user.name }, splitName(user.name));
    if (user.image) claims.picture = user.image;
  }
  if (scopes.includes("email") && user.email) {
    claims.email = user.email;
    claims.email_verified = user.emailVerified ?? false;
  }
  return claims;
}
