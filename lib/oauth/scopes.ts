/**
 * The one scope catalogue: what the provider offers, how each scope reads to a person,
 * and which scopes act for an organization or a machine.
 */
export const USER_SCOPES = ["openid", "profile", "email", "offline_access"] as const;
export const ORGANIZATION_SCOPE = "organization";
/** Non-user scopes a `client_credentials` client may be granted (docs/library-facts.md#fact-17). */
export const MACHINE_SCOPES = ["api:read", "api:write"] as const;

export const SCOPES: string[] = [...USER_SCOPES, ORGANIZATION_SCOPE, ...MACHINE_SCOPES];
export type ScopeName =
  (typeof USER_SCOPES)[number] | typeof ORGANIZATION_SCOPE | (typeof MACHINE_SCOPES)[number];

export type ScopeDescription = {
  title: string;
  /** A sentence that completes "This app will be able to …". */
  sentence: string;
  sensitive: boolean;
  /** Scopes that cannot be unticked on the consent page. */
  required?: boolean;
};

export const SCOPE_CATALOGUE: Record<ScopeName, ScopeDescription> = {
  openid: {
    title: "Identity",
    sentence: "Confirm who you are with your account ID",
    sensitive: false,
    required: true,
  },
  profile: { title: "Profile", sentence: "See your name and profile picture", sensitive: false },
  email: { title: "Email", sentence: "See your email address", sensitive: false },
  offline_access: {
    title: "Stay connected",
    sentence: "Keep access while you are away, until you revoke it",
    sensitive: true,
  },
  organization: {
    title: "Organization",
    sentence: "Act for the organization you choose",
    sensitive: true,
  },
  "api:read": {
    title: "API read",
    sentence: "Read data through the Gatehouse API",
    sensitive: false,
  },
  "api:write": {
    title: "API write",
    sentence: "Change data through the Gatehouse API",
    sensitive: true,
  },
};

export function isKnownScope(scope: string): scope is ScopeName {
  return Object.hasOwn(SCOPE_CATALOGUE, scope);
}

export function isMachineScope(scope: string): boolean {
  return (MACHINE_SCOPES as readonly string[]).includes(scope);
}

export function parseScope(scope: string | null | undefined): string[] {
  return [...new Set((scope ?? "").split(/\s+/).filter(Boolean))];
}
