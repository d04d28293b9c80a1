import type { BetterAuthOptions } from "better-auth";
import type { DBAdapter } from "@better-auth/core/db/adapter";
import { cachedRecord, recordsChanged } from "@/db/record-cache";
import { env } from "@/lib/env";

/**
 * Better Auth's database adapter with the protocol's configuration rows cached (issue 14,
 * docs/library-facts.md#fact-100): the provider reads the client row on every token request
 * (twice for introspection), and the resource and the client–resource link for every JWT access
 * token. Lookups of these models (`findOne`, and `findMany` with a filter and no paging) are
 * answered from db/record-cache.ts; every write through the adapter to them — the provider's
 * client and resource endpoints, dynamic registration, secret rotation, deletion of a user (whose
 * clients cascade) — empties the cache after it completes. The console's direct writes
 * (db/writes/clients.ts) do the same.
 */
const CACHED = new Set(["oauthClient", "oauthResource", "oauthClientResource"]);
/** Deleting a user deletes its clients (ON DELETE CASCADE). */
const CASCADES = new Set(["user"]);

type Factory = (options: BetterAuthOptions) => DBAdapter<BetterAuthOptions>;
type Adapter = Omit<DBAdapter<BetterAuthOptions>, "transaction">;

const ttl = () => env.CLIENT_CACHE_SECONDS * 1000;

function afterWrite<R>(model: string, write: Promise<R>, deletes: boolean): Promise<R> {
  if (!CACHED.has(model) && !(deletes && CASCADES.has(model))) return write;
  return write.finally(() => recordsChanged());
}

function wrap<A extends Adapter>(adapter: A): A {
  const key = (method: string, data: object) => JSON.stringify([method, data]);
  return {
    ...adapter,
    findOne: (data) =>
      CACHED.has(data.model)
        ? cachedRecord(key("findOne", data), ttl(), () => adapter.findOne(data))
        : adapter.findOne(data),
    findMany: (data) =>
      CACHED.has(data.model) && data.where?.length && !data.limit && !data.offset
        ? cachedRecord(key("findMany", data), ttl(), () => adapter.findMany(data))
        : adapter.findMany(data),
    create: (data) => afterWrite(data.model, adapter.create(data), false),
    update: (data) => afterWrite(data.model, adapter.update(data), false),
    updateMany: (data) => afterWrite(data.model, adapter.updateMany(data), false),
    incrementOne: (data) => afterWrite(data.model, adapter.incrementOne(data), false),
    delete: (data) => afterWrite(data.model, adapter.delete(data), true),
    deleteMany: (data) => afterWrite(data.model, adapter.deleteMany(data), true),
    consumeOne: (data) => afterWrite(data.model, adapter.consumeOne(data), true),
  };
}

/** Wraps an adapter factory (`drizzleAdapter(…)`) for `betterAuth({ database })`. */
export function cachingAdapter(factory: Factory): Factory {
  return (options) => {
    const adapter = factory(options);
    const wrapped = wrap(adapter);
    return {
      ...wrapped,
      transaction: (callback) => adapter.transaction((trx) => callback(wrap(trx))),
    };
  };
}
