import { randomUUID } from "node:crypto";
import { onRecordsChanged, recordsChanged } from "@/db/record-cache";
import { redis } from "@/lib/operations/redis";

/**
 * Carries "clients, resources or links changed" between instances over Redis pub/sub (issue 14):
 * a console write on one instance empties the client cache (db/record-cache.ts) of every other
 * instance within a message's latency. Without REDIS_URL, or while Redis is away, the other
 * instances notice within CLIENT_CACHE_SECONDS; after a reconnect the cache is emptied because
 * messages may have been missed.
 */
const CHANNEL = "gatehouse:client-records-changed";

const globalForSync = globalThis as { __gatehouseRecordSync?: boolean };

/** Subscribes (with REDIS_URL); returns the subscriber's close for shutdown. */
export async function startRecordCacheSync(): Promise<() => Promise<void>> {
  if (!redis || globalForSync.__gatehouseRecordSync) return async () => {};
  globalForSync.__gatehouseRecordSync = true;
  const self = randomUUID();
  const publisher = redis;
  onRecordsChanged(async () => {
    await publisher.publish(CHANNEL, self).catch(() => {});
  });
  const subscriber = publisher.duplicate();
  subscriber.on("error", () => {});
  subscriber.on("ready", () => {
    void recordsChanged({ local: true });
    subscriber.subscribe(CHANNEL).catch(() => {});
  });
  subscriber.on("message", (channel: string, from: string) => {
    if (channel === CHANNEL && from !== self) void recordsChanged({ local: true });
  });
  await subscriber.connect().catch(() => {});
  return async () => {
    await subscriber.quit().catch(() => subscriber.disconnect());
  };
}
