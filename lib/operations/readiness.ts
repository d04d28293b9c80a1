import { databaseAnswers, migrationsApplied } from "@/db/queries/operations";
import { redis } from "./redis";

export type Check = "ok" | "unreachable" | "pending" | "timeout";
export type Readiness = { ready: boolean; checks: Record<string, Check> };

const TIMEOUT_MS = 2000;

async function probe(run: () => Promise<boolean>): Promise<Check> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<Check>((resolve) => {
    timer = setTimeout(() => resolve("timeout"), TIMEOUT_MS);
  });
  try {
    return await Promise.race([run().then((ok): Check => (ok ? "ok" : "pending")), timeout]);
  } catch {
    return "unreachable";
  } finally {
    clearTimeout(timer);
  }
}

/**
 * What GET /api/ready reports: PostgreSQL answers, every shipped migration is applied, and
 * Redis (when REDIS_URL is set) answers PING; each probe is bounded by two seconds.
 */
export async function readiness(): Promise<Readiness> {
  const database = await probe(async () => (await databaseAnswers(), true));
  const checks: Record<string, Check> = {
    database,
    migrations: database === "ok" ? await probe(migrationsApplied) : database,
  };
  if (redis) {
    const client = redis;
    checks.redis = await probe(async () => (await client.ping()) === "PONG");
  }
  return { ready: Object.values(checks).every((c) => c === "ok"), checks };
}
