import "server-only";
import type { GenericEndpointContext } from "better-auth";
import { createJwk } from "better-auth/plugins";
import { endSigningExcept, updateKeyExpiry } from "@/db/queries/signing-keys";
import { auth } from "@/lib/auth";
import { env } from "@/lib/env";
import { invalidateSigningKeys, jwtPluginOptions, SIGNING_ALG } from "@/lib/signing-key-cache";
import { RETIRED_BY_HAND, signingKeyStates } from "@/lib/signing-key-state";

/**
 * Creates a new JWKS signing key with the jwt plugin's own configuration (keyPairConfig,
 * private-key encryption), then ends the signing life of the previous keys of its algorithm:
 * they stay published for SIGNING_KEY_GRACE_SECONDS and then retire (docs/library-facts.md#fact-74).
 *
 * Library gap: the jwt plugin offers no rotation endpoint, only the exported `createJwk(ctx,
 * options)`, which reads `ctx.context` (adapter and secret) alone; we hand it the auth context.
 */
export async function createSigningKey(): Promise<{ id: string }> {
  const context = await auth.$context;
  const options = jwtPluginOptions(context.options);
  if (!options) throw new Error("The jwt plugin is not configured.");
  const key = await createJwk({ context } as unknown as GenericEndpointContext, options);
  try {
    await endSigningExcept(key.id, key.alg ?? SIGNING_ALG, new Date());
  } finally {
    invalidateSigningKeys();
  }
  return { id: key.id };
}

export type RetireOutcome = "retired" | "signing" | "already-retired" | "not-found";

/**
 * "Retire now": a verification-only key leaves the JWKS at once (on this instance; others within
 * SIGNING_KEY_CACHE_SECONDS). The key that signs can never be retired: rotate first.
 */
export async function retireSigningKey(id: string): Promise<RetireOutcome> {
  let outcome: RetireOutcome = "not-found";
  await updateKeyExpiry(id, (keys) => {
    const state = signingKeyStates(
      keys,
      new Date(),
      env.SIGNING_KEY_GRACE_SECONDS,
      SIGNING_ALG,
    ).get(id);
    outcome = !state
      ? "not-found"
      : state.state === "signing"
        ? "signing"
        : state.state === "retired"
          ? "already-retired"
          : "retired";
    return outcome === "retired" ? RETIRED_BY_HAND : null;
  });
  invalidateSigningKeys();
  return outcome;
}
