import type { BetterAuthOptions } from "better-auth";
import { logger } from "./logger";
import { metrics } from "./metrics";

export type SecondaryStorage = NonNullable<BetterAuthOptions["secondaryStorage"]>;

const MAX_PENDING_DELETES = 10_000;

/**
 * Better Auth's secondary storage (Redis) with the outage policy of a multi-instance deployment:
 *  - session cache: a failed read is a cache miss, so Better Auth reads the session from
 *    PostgreSQL (`session.storeSessionInDatabase: true`); a failed write is skipped; a failed
 *    delete is remembered and retried once Redis answers again, so a session ended during the
 *    outage cannot come back from a stale cache entry;
 *  - rate-limit counters (`increment`): a failed increment counts in this process's memory,
 *    so limits still hold per instance while Redis is away;
 *  - `getAndDelete` (single-use values) fails closed: the error reaches the caller.
 * The replay stores (DPoP `jti`, client assertions) are database reservations in the provider
 * (docs/library-facts.md, fact 56), so they are shared and fail closed with PostgreSQL.
 * Each kind of failure is logged once per outage and counted in gatehouse_redis_errors_total.
 */
export function resilientStorage(
  inner: SecondaryStorage,
  onRecovered?: (retry: () => Promise<void>) => void,
) {
  const pendingDeletes = new Set<string>();
  const memoryCounters = new Map<string, { value: number; expiresAt: number }>();
  const reported = new Set<string>();

  const degraded = (operation: string, error: unknown) => {
    metrics.redisErrors.inc({ operation });
    if (reported.has(operation)) return;
    reported.add(operation);
    logger.warn(
      { kind: "redis", event: "degraded", operation, reason: (error as Error)?.message },
      `redis ${operation} failed; degrading`,
    );
  };

  const retryDeletes = async () => {
    reported.clear();
    memoryCounters.clear();
    for (const key of [...pendingDeletes]) {
      try {
        await inner.delete(key);
        pendingDeletes.delete(key);
      } catch {
        return;
      }
    }
  };
  onRecovered?.(retryDeletes);

  const storage: SecondaryStorage = {
    async get(key) {
      if (pendingDeletes.has(key)) return null;
      try {
        return await inner.get(key);
      } catch (error) {
        degraded("get", error);
        return null;
      }
    },
    async set(key, value, ttl) {
      try {
        await inner.set(key, value, ttl);
        pendingDeletes.delete(key);
      } catch (error) {
        degraded("set", error);
      }
    },
    async delete(key) {
      try {
        await inner.delete(key);
      } catch (error) {
        degraded("delete", error);
        if (pendingDeletes.size < MAX_PENDING_DELETES) pendingDeletes.add(key);
      }
    },
    async increment(key, ttl) {
      try {
        return await inner.increment(key, ttl);
      } catch (error) {
        degraded("increment", error);
        const now = Date.now();
        const entry = memoryCounters.get(key);
        if (!entry || entry.expiresAt <= now) {
          memoryCounters.set(key, { value: 1, expiresAt: now + ttl * 1000 });
          return 1;
        }
        entry.value += 1;
        return entry.value;
      }
    },
    getAndDelete: async (key) => await inner.getAndDelete(key),
  };
  return storage;
}
