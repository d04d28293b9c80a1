/**
 * In-memory read-through cache of the protocol's configuration rows (issue 14): OAuth clients,
 * protected resources and client–resource links, read by the provider on every token,
 * introspection and JWT request. The reads are filled through the Better Auth adapter wrapper
 * (lib/oauth/record-cache-adapter.ts); every write to these tables — through the adapter or
 * through db/writes — calls `recordsChanged()`, which empties the cache at once in this process
 * and tells the listeners (Redis pub/sub to the other instances, lib/oauth/record-cache-sync.ts).
 * An entry also expires after the TTL its reader passes (CLIENT_CACHE_SECONDS), the bound for
 * other instances when no Redis carries the news.
 *
 * State lives on globalThis: instrumentation, route bundles and server actions each evaluate
 * their own copy of this module in one process.
 */
type Entry = { value: Promise<unknown>; loadedAt: number };
type RecordCache = {
  entries: Map<string, Entry>;
  listeners: Set<() => Promise<void>>;
  generation: number;
};

const globalForRecords = globalThis as { __gatehouseRecordCache?: RecordCache };
const cache: RecordCache = (globalForRecords.__gatehouseRecordCache ??= {
  entries: new Map(),
  listeners: new Set(),
  generation: 0,
});

/** Bounds memory when many distinct clients are looked up (unknown ids included). */
const MAX_ENTRIES = 5000;

/**
 * Empties the cache. `local: true` when the news came from another instance (nothing to pass
 * on); otherwise the listeners are told so they can tell the other instances, and the promise
 * settles once they have (a write answers only after the news is out). Never rejects.
 */
export async function recordsChanged(options: { local?: boolean } = {}): Promise<void> {
  cache.entries.clear();
  cache.generation += 1;
  if (options.local) return;
  await Promise.allSettled([...cache.listeners].map((listener) => listener()));
}

/** Registers a listener called after every change made in this process; returns its removal. */
export function onRecordsChanged(listener: () => Promise<void>): () => void {
  cache.listeners.add(listener);
  return () => cache.listeners.delete(listener);
}

/** Changes whenever the cache was emptied (tests and diagnostics). */
export function recordsGeneration() {
  return cache.generation;
}

/**
 * The value cached under `key` if younger than `ttlMs`, else `load()`'s (concurrent callers share
 * one load). Every caller gets its own copy: the library may modify what it reads.
 */
export async function cachedRecord<T>(
  key: string,
  ttlMs: number,
  load: () => Promise<T>,
): Promise<T> {
  const now = Date.now();
  let entry = cache.entries.get(key);
  if (!entry || now - entry.loadedAt >= ttlMs) {
    if (cache.entries.size >= MAX_ENTRIES) cache.entries.clear();
    const value = load();
    const fresh: Entry = { value, loadedAt: now };
    entry = fresh;
    cache.entries.set(key, fresh);
    value.catch(() => {
      if (cache.entries.get(key) === fresh) cache.entries.delete(key);
    });
  }
  return structuredClone((await entry.value) as T);
}
