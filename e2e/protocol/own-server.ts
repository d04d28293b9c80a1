import postgres from "postgres";
import { startOwnServer as startServerOnOwnDatabase } from "./server";

/**
 * A production server of the test file's own, on its own throwaway database, for behaviour the
 * shared server's environment does not switch on, with a connection to that database.
 * `stop()` ends all three.
 */
export async function startOwnServer(prefix: string, env: Record<string, string>) {
  const server = await startServerOnOwnDatabase(prefix, env);
  const sql = postgres(server.databaseUrl, { max: 2, onnotice: () => {} });
  return {
    server,
    base: server.baseUrl,
    sql,
    stop: async () => {
      await sql.end();
      await server.stop();
    },
  };
}

export type OwnServer = Awaited<ReturnType<typeof startOwnServer>>;
