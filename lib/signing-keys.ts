import "server-only";
import type { GenericEndpointContext } from "better-auth";
import { createJwk, type JwtOptions } from "better-auth/plugins";
import { auth } from "@/lib/auth";

/**
 * Creates a new JWKS signing key with the jwt plugin's own configuration (keyPairConfig,
 * private-key encryption, rotationInterval). The plugin signs with the newest live key, so the
 * new key signs from now on; older keys stay in the JWKS and keep verifying what they signed.
 *
 * Library gap: the jwt plugin offers no rotation endpoint, only the exported `createJwk(ctx,
 * options)`, which reads `ctx.context` (adapter and secret) alone; we hand it the auth context.
 */
export async function createSigningKey(): Promise<{ id: string }> {
  const context = await auth.$context;
  const plugin = context.options.plugins?.find((p) => p.id === "jwt") as
    { options?: JwtOptions } | undefined;
  if (!plugin) throw new Error("The jwt plugin is not configured.");
  const key = await createJwk({ context } as unknown as GenericEndpointContext, plugin.options);
  return { id: key.id };
}
