import { redisStorage } from "@better-auth/redis-storage";
import { redis } from "./redis";
import { resilientStorage, type SecondaryStorage } from "./resilient-storage";

/** Better Auth's secondary storage on the shared Redis; undefined without REDIS_URL. */
export const sharedStorage: SecondaryStorage | undefined = redis
  ? resilientStorage(redisStorage({ client: redis, keyPrefix: "gatehouse:" }), (retry) =>
      redis!.on("ready", () => void retry()),
    )
  : undefined;
