import { oauthProviderOpenIdConfigMetadata } from "@better-auth/oauth-provider";
import { auth } from "@/lib/auth";
import { publicCors, publicPreflight } from "@/lib/oauth/boundary/cors";
import { correctDiscoveryResponse } from "@/lib/oauth/discovery";

const metadata = oauthProviderOpenIdConfigMetadata(auth);

// Root discovery never reaches /api/auth/[...all] (docs/library-facts.md#fact-11).
export async function GET(request: Request) {
  return publicCors(await correctDiscoveryResponse(await metadata(request)), request);
}

export const OPTIONS = publicPreflight;
