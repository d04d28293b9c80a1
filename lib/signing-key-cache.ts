import type { GenericEndpointContext } from "better-auth";
import type { JwtOptions } from "better-auth/plugins";
import { env } from "@/lib/env";

/**
 * The jwt plugin's key rows, read once and kept in memory (issue 14): without it every JWT
 * signature and every JWKS request reads the `jwks` table. Wired through the plugin's documented
 * `adapter.getJwks` / `adapter.createJwk` options (lib/auth.ts); a key the plugin mints (first
 * start, a per-resource algorithm, rotation through lib/signing-keys.ts) invalidates the cache
 * at once. Whoever else writes the `jwks` table calls `invalidateSigningKeys()`. Other server
 * processes on the same database see a change within SIGNING_KEY_CACHE_SECONDS (default 60).
 *
 * State lives on globalThis: instrumentation, route bundles and server actions each evaluate
 * their own copy of this module in one process.
 */
type KeyRow = NonNullable<
  Awaited<ReturnType<NonNullable<NonNullable<JwtOptions["adapter"]>["getJwks"]>>>
>[number];
type KeyCache = { rows: Promise<KeyRow[]> | null; loadedAt: number; generation: number };

const globalForKeys = globalThis as { __gatehouseSigningKeys?: KeyCache };
const cache: KeyCache = (globalForKeys.__gatehouseSigningKeys ??= {
  rows: null,
  loadedAt: 0,
  generation: 0,
});

/** Forgets the cached rows; the next signature or JWKS request reads the table again. */
export function invalidateSigningKeys() {
  cache.rows = null;
  cache.generation += 1;
}

/** Changes whenever the cached key set may have changed (the JWKS bytes cache keys on it). */
export function signingKeysGeneration() {
  if (cache.rows && Date.now() - cache.loadedAt > env.SIGNING_KEY_CACHE_SECONDS * 1000)
    invalidateSigningKeys();
  return cache.generation;
}

async function load(ctx: GenericEndpointContext): Promise<KeyRow[]> {
  return ctx.context.adapter.findMany<KeyRow>({ model: "jwks" });
}

/** The jwt plugin's `adapter` option. */
export const signingKeyAdapter = {
  getJwks: async (ctx: GenericEndpointContext) => {
    signingKeysGeneration();
    if (!cache.rows) {
      const rows = load(ctx);
      cache.rows = rows;
      cache.loadedAt = Date.now();
      rows.catch(() => {
        if (cache.rows === rows) cache.rows = null;
      });
    }
    return cache.rows;
  },
  createJwk: async (data: Omit<KeyRow, "id">, ctx: GenericEndpointContext) => {
    try {
      return await ctx.context.adapter.create<Omit<KeyRow, "id">, KeyRow>({
        model: "jwks",
        data: { ...data, createdAt: new Date() },
      });
    } finally {
      invalidateSigningKeys();
    }
  },
} satisfies JwtOptions["adapter"];
