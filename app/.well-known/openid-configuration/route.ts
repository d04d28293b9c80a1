import { oauthProviderOpenIdConfigMetadata } from "@better-auth/oauth-provider";
import { auth } from "@/lib/auth";

// Root discovery never reaches /api/auth/[...all] (docs/library-facts.md#fact-11).
export const GET = oauthProviderOpenIdConfigMetadata(auth);
