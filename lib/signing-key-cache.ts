import type { GenericEndpointContext } from "better-auth";
import type { JwtOptions } from "better-auth/plugins";
import { env } from "@/lib/env";
import { nextKeyStateChange, publishedKeys } from "@/lib/signing-key-state";

/**
 * The jwt plugin's key rows, read once and kept in memory (issue 14): without it every JWT
 * signature and every JWKS request reads the `jwks` table. Wired through the plugin's documented
 * `adapter.getJwks` / `adapter.createJwk` options (lib/auth.ts); a key the plugin mints (first
 * start, a per-resource algorithm, rotation through lib/signing-keys.ts) invalidates the cache
 * at once. Whoever else writes the `jwks` table calls `invalidateSigningKeys()`. Other server
 * processes on the same database see a change within SIGNING_KEY_CACHE_SECONDS (default 60).
 *
 * Retired keys (docs/library-facts.md#fact-74) are left out of what the plugin sees: they leave
 * the JWKS and no longer verify or sign. The cache is also dropped when a key changes state by
 * the clock (a grace period ends), so the lean path's JWKS bytes follow at once.
 *
 * State lives on globalThis: instrumentation, route bundles and server actions each evaluate
 * their own copy of this module in one process.
 */
type KeyRow = NonNullable<
  Awaited<ReturnType<NonNullable<NonNullable<JwtOptions["adapter"]>["getJwks"]>>>
>[number];
type KeyCache = {
  rows: Promise<KeyRow[]> | null;
  loadedAt: number;
  generation: number;
  /** When a cached key next changes state by the clock alone (ms; Infinity: never). */
  nextChangeAt: number;
};

const globalForKeys = globalThis as { __gatehouseSigningKeys?: KeyCache };
const cache: KeyCache = (globalForKeys.__gatehouseSigningKeys ??= {
  rows: null,
  loadedAt: 0,
  generation: 0,
  nextChangeAt: Infinity,
});

/** The jwt plugin's options as configured in lib/auth.ts. */
export function jwtPluginOptions(options: { plugins?: { id: string }[] }): JwtOptions | undefined {
  const plugin = options.plugins?.find((p) => p.id === "jwt") as
    { options?: JwtOptions } | undefined;
  return plugin?.options;
}

/** The plugin's default algorithm for rows stored without one (lib/auth.ts keyPairConfig). */
export const SIGNING_ALG = "RS256";

/** Forgets the cached rows; the next signature or JWKS request reads the table again. */
export function invalidateSigningKeys() {
  cache.rows = null;
  cache.nextChangeAt = Infinity;
  cache.generation += 1;
}

/** Changes whenever the cached key set may have changed (the JWKS bytes cache keys on it). */
export function signingKeysGeneration() {
  const now = Date.now();
  if (
    cache.rows &&
    (now - cache.loadedAt > env.SIGNING_KEY_CACHE_SECONDS * 1000 || now >= cache.nextChangeAt)
  )
    invalidateSigningKeys();
  return cache.generation;
}

async function load(ctx: GenericEndpointContext): Promise<KeyRow[]> {
  const rows = await ctx.context.adapter.findMany<KeyRow>({ model: "jwks" });
  const next = nextKeyStateChange(rows, new Date(), env.SIGNING_KEY_GRACE_SECONDS, SIGNING_ALG);
  cache.nextChangeAt = next ? next.getTime() : Infinity;
  return rows;
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
    return publishedKeys(await cache.rows, new Date(), env.SIGNING_KEY_GRACE_SECONDS, SIGNING_ALG);
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
