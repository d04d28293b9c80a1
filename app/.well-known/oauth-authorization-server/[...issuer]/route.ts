import { oauthProviderAuthServerMetadata } from "@better-auth/oauth-provider";
import { auth } from "@/lib/auth";
import { publicCors, publicPreflight } from "@/lib/oauth/boundary/cors";
import { correctDiscoveryResponse } from "@/lib/oauth/discovery";

const metadata = oauthProviderAuthServerMetadata(auth);

// RFC 8414 §3: the issuer's path is inserted after the well-known segment. Only our issuer
// (/api/auth) has metadata here.
export async function GET(
  request: Request,
  ctx: RouteContext<"/.well-known/oauth-authorization-server/[...issuer]">,
) {
  const { issuer } = await ctx.params;
  if (issuer.join("/") !== "api/auth") {
    return publicCors(Response.json({ error: "not_found" }, { status: 404 }), request);
  }
  return publicCors(await correctDiscoveryResponse(await metadata(request)), request);
}

export const OPTIONS = publicPreflight;
