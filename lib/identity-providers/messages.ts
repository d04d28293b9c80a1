/** What an upstream sign-in that came back with `?error=` tells the person. */
const MESSAGES: Record<string, string> = {
  account_not_linked:
    "An account with this email already exists. Sign in to it first, then link this provider under Account → Security.",
  access_denied: "The identity provider did not let you in.",
  PROVIDER_DISABLED: "This sign-in option is turned off.",
};

export function providerErrorMessage(code: string | undefined): string | undefined {
  if (!code) return undefined;
  return (
    MESSAGES[code] ?? `Signing in with the identity provider did not work (${code.slice(0, 60)}).`
  );
}
