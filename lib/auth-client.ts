import { oauthProviderClient } from "@better-auth/oauth-provider/client";
import { organizationClient } from "better-auth/client/plugins";
import { createAuthClient } from "better-auth/react";

/**
 * The browser client. `oauthProviderClient()` forwards the signed OAuth query of the current
 * page with every call, so sign-in, sign-up, consent and the organization step resume the
 * authorization by themselves (DESIGN.md fact 4).
 */
export const authClient = createAuthClient({
  plugins: [oauthProviderClient(), organizationClient()],
});
