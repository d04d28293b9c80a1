import path from "node:path";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { connection, redactUrl } from "./index";

export { isDatabaseUnreachable } from "./errors";

const migrationsFolder = path.join(process.cwd(), "db", "migrations");
// Any fixed number: instances starting together take turns applying migrations.
const MIGRATION_LOCK = 724_311_901;

/** Applies pending drizzle-kit migrations; safe to call from several instances at once. */
export async function runMigrations(): Promise<void> {
  if (connection.kind === "pglite") {
    await migratePglite(connection.db as Parameters<typeof migratePglite>[0], { migrationsFolder });
    return;
  }
  const sql = postgres(connection.url, { max: 1, onnotice: () => {} });
  try {
    await sql`select pg_advisory_lock(${MIGRATION_LOCK})`;
    await migratePostgres(drizzle({ client: sql }), { migrationsFolder });
    await sql`select pg_advisory_unlock(${MIGRATION_LOCK})`;
  } finally {
    await sql.end({ timeout: 5 });
  }
}

/** A one-line description of a database connection failure. */
export function describeDatabaseError(error: unknown): string {
  // Drizzle wraps driver errors ("Failed query: …") and keeps the driver's error as `cause`.
  const err = ((error as { cause?: unknown }).cause ?? error) as {
    code?: string;
    message?: string;
    errors?: { message?: string }[];
  };
  const where =
    connection.kind === "postgres"
      ? `DATABASE_URL ${redactUrl(connection.url)}`
      : `embedded PGlite database at ${connection.dataDir}`;
  const reason =
    err.code === "ECONNREFUSED"
      ? "connection refused (is PostgreSQL running and listening there?)"
      : err.code === "ENOTFOUND" || err.code === "EAI_AGAIN"
        ? "host not found"
        : err.code === "3D000"
          ? "database does not exist"
          : err.code === "28P01" || err.code === "28000"
            ? "authentication failed"
            : (err.message ?? err.errors?.[0]?.message ?? String(error)).split("\n")[0];
  // A SQLSTATE outside the connection and authentication classes means we were connected.
  const opened =
    typeof err.code === "string" && /^[0-9A-Z]{5}$/.test(err.code) && !/^(08|28|3D)/.test(err.code);
  return `${opened ? "Cannot migrate the" : "Cannot open the"} ${where}: ${reason}`;
}
