import { oauthProviderClient } from "@better-auth/oauth-provider/client";
import { passkeyClient } from "@better-auth/passkey/client";
import { organizationClient, twoFactorClient } from "better-auth/client/plugins";
import { createAuthClient } from "better-auth/react";

/**
 * The browser client. `oauthProviderClient()` forwards the signed OAuth query of the current
 * page with every call, so sign-in, sign-up, consent, the code step and the organization step
 * resume the authorization by themselves (docs/library-facts.md#fact-4).
 */
export const authClient = createAuthClient({
  plugins: [
    oauthProviderClient(),
    organizationClient(),
    passkeyClient(),
    twoFactorClient({
      // Keep the signed OAuth query: the code step resumes the authorization.
      onTwoFactorRedirect: () => {
        // A plugin callback outside React, so no router; a full navigation is what we want.
        // eslint-disable-next-line @next/next/no-location-assign-relative-destination
        window.location.href = `/two-factor${window.location.search}`;
      },
    }),
  ],
});
