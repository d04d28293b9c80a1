import postgres from "postgres";
import { ADMIN, INITIAL_ACCESS_TOKEN, TEST_SECRET } from "./global-setup";
import { createDatabase, startServer, type RunningServer } from "./server";

/**
 * A production server of the test file's own, on its own throwaway database, for behaviour the
 * shared server's environment does not switch on. `stop()` ends both.
 */
export async function startOwnServer(prefix: string, env: Record<string, string>) {
  const database = await createDatabase(prefix);
  let server: RunningServer;
  try {
    server = await startServer({
      DATABASE_URL: database.url,
      BETTER_AUTH_SECRET: TEST_SECRET,
      INITIAL_ACCESS_TOKEN,
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      SEED_DEMO_CLIENTS: "false",
      RATE_LIMIT_ENABLED: "false",
      ...env,
    });
  } catch (error) {
    await database.drop();
    throw error;
  }
  const sql = postgres(database.url, { max: 2, onnotice: () => {} });
  return {
    server,
    base: server.baseUrl,
    sql,
    stop: async () => {
      await sql.end();
      await server.stop();
      await database.drop();
    },
  };
}

export type OwnServer = Awaited<ReturnType<typeof startOwnServer>>;
