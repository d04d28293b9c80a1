/**
 * Runs once per server process before it serves a request (instrumentation.ts):
 * validate env → apply pending migrations → build the auth instance → ensure the admin
 * (and, in development, demo clients). Failures print one readable line and exit.
 */
export async function startup() {
  const fail = (message: string): never => {
    console.error(`[gatehouse] ${message}`);
    process.exit(1);
  };
  let env;
  try {
    ({ env } = await import("@/lib/env"));
  } catch (error) {
    if ((error as Error)?.name === "ConfigError") return fail((error as Error).message);
    throw error;
  }
  // Before any request: the client address comes from the connection unless a trusted proxy set it.
  const { addRequestHook, markStarted, onShutdown } = await import("@/lib/server-hooks");
  const { pinClientAddress, trustedProxyList } = await import("@/lib/client-address");
  const trustedProxies = trustedProxyList(env.TRUSTED_PROXIES);
  addRequestHook((req) => {
    pinClientAddress(req, env.IP_ADDRESS_HEADERS, trustedProxies);
    return false;
  });
  const { runMigrations, describeDatabaseError, isDatabaseUnreachable } =
    await import("@/db/migrate");
  // An unreachable database (still starting, restarting) is waited for, within a bound.
  const giveUpAt = Date.now() + env.DATABASE_WAIT_SECONDS * 1000;
  for (let announced = false; ;) {
    try {
      await runMigrations();
      break;
    } catch (error) {
      if (!isDatabaseUnreachable(error) || Date.now() >= giveUpAt) {
        return fail(describeDatabaseError(error));
      }
      if (!announced) {
        console.error(
          `[gatehouse] ${describeDatabaseError(error)}; retrying for up to ${env.DATABASE_WAIT_SECONDS} s`,
        );
        announced = true;
      }
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
  const { closeDatabase } = await import("@/db");
  onShutdown(closeDatabase);
  const { guardRequest, unavailablePage } = await import("@/lib/request-guard");
  addRequestHook(unavailablePage);
  addRequestHook(guardRequest);
  const { connectRedis, closeRedis } = await import("@/lib/operations/redis");
  await connectRedis();
  onShutdown(closeRedis);
  const { startRecordCacheSync } = await import("@/lib/oauth/record-cache-sync");
  onShutdown(await startRecordCacheSync());
  const { ensureAdmin, seedDemoClients } = await import("./seed");
  try {
    const adminId = await ensureAdmin();
    if (adminId && env.SEED_DEMO_CLIENTS) await seedDemoClients(adminId);
  } catch (error) {
    return fail(`Start-up seeding failed: ${(error as Error).message ?? String(error)}`);
  }
  // The machine endpoints skip Next's pipeline from here on (lib/lean-path.ts).
  const { registerLeanPath } = await import("@/lib/lean-path");
  registerLeanPath();
  // The log is written asynchronously: the last shutdown hook writes out what is pending.
  const { flushLog } = await import("@/lib/operations/logger");
  onShutdown(flushLog);
  console.log(`[gatehouse] ready: issuer ${env.BETTER_AUTH_URL}/api/auth`);
  markStarted();
}
