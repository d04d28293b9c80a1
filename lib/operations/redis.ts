import Redis from "ioredis";
import { env } from "@/lib/env";
import { logger } from "./logger";

/**
 * The process's Redis client when REDIS_URL is set. Commands fail fast while Redis is away (no
 * offline queue, one retry) so callers degrade at once instead of waiting; the client keeps
 * reconnecting in the background.
 */
function createRedis(url: string) {
  const client = new Redis(url, {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2000,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
  });
  let down = false;
  client.on("error", (error: Error) => {
    if (down) return;
    down = true;
    logger.warn(
      { kind: "redis", event: "unavailable", reason: error.message },
      "redis unavailable",
    );
  });
  client.on("ready", () => {
    if (down) logger.info({ kind: "redis", event: "recovered" }, "redis recovered");
    down = false;
  });
  return client;
}

const isBuild = process.env.NEXT_PHASE === "phase-production-build";
const url = env.REDIS_URL;

const globalForRedis = globalThis as { __gatehouseRedis?: Redis };
/** Undefined without REDIS_URL (one instance, in-memory counters) and during `next build`. */
export const redis: Redis | undefined =
  url && !isBuild ? (globalForRedis.__gatehouseRedis ??= createRedis(url)) : undefined;

/** Connects at start-up; a Redis that is down then is not fatal (the app degrades). */
export async function connectRedis(): Promise<void> {
  if (!redis || redis.status !== "wait") return;
  await redis.connect().catch(() => {});
}

export async function closeRedis(): Promise<void> {
  if (redis) await redis.quit().catch(() => redis.disconnect());
}
