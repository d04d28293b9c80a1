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
  const { runMigrations, describeDatabaseError } = await import("@/db/migrate");
  try {
    await runMigrations();
  } catch (error) {
    return fail(describeDatabaseError(error));
  }
  const { closeDatabase } = await import("@/db");
  const { onShutdown } = await import("@/lib/server-hooks");
  onShutdown(closeDatabase);
  const { connectRedis, closeRedis } = await import("@/lib/operations/redis");
  await connectRedis();
  onShutdown(closeRedis);
  const { ensureAdmin, seedDemoClients } = await import("./seed");
  try {
    const adminId = await ensureAdmin();
    if (adminId && env.SEED_DEMO_CLIENTS) await seedDemoClients(adminId);
  } catch (error) {
    return fail(`Start-up seeding failed: ${(error as Error).message ?? String(error)}`);
  }
  console.log(`[gatehouse] ready: issuer ${env.BETTER_AUTH_URL}/api/auth`);
}
