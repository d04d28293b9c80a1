import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import postgres from "postgres";
import { databaseConfig } from "./config";
import * as schema from "./schema";

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

type Connection =
  | { kind: "postgres"; db: Database; client: postgres.Sql; url: string }
  | { kind: "pglite"; db: Database; client: PGlite; dataDir: string };

/**
 * Listeners told when a pooled connection closes (db/health.ts re-probes the database). On
 * globalThis like the connection: start-up and the routes are separate bundles sharing it.
 */
const globalForListeners = globalThis as { __gatehouseConnectionClosed?: Set<() => void> };
export const connectionClosed = (globalForListeners.__gatehouseConnectionClosed ??= new Set());

/** Seconds to wait before the n-th reconnect attempt: 0.1, 0.2, 0.4, then 0.5 at most. */
export const reconnectBackoff = (attempt: number) => Math.min(0.05 * 2 ** attempt, 0.5);

const isBuild = process.env.NEXT_PHASE === "phase-production-build";

function connect(): Connection {
  if (isBuild) {
    // `next build` evaluates route modules but runs no query; postgres.js connects lazily,
    // so this placeholder never opens a socket and the build never touches .data/.
    const client = postgres("postgres://build.invalid/none", { max: 1 });
    return { kind: "postgres", db: drizzlePostgres({ client, schema }), client, url: "" };
  }
  if (databaseConfig.url) {
    const client = postgres(databaseConfig.url, {
      max: 10,
      // An unreachable database must fail a request within seconds, never hang it (the
      // default waits 30 s); db/health.ts then answers 503 until the database is back.
      connect_timeout: 3,
      // postgres.js waits before reconnecting after a failed attempt, 3^n / 100 s up to 20 s
      // (n counts failures pool-wide): after a few seconds' outage the pool slept up to 20 s past
      // the database's return. A short, bounded wait instead (docs/library-facts.md#fact-110).
      backoff: reconnectBackoff,
      onclose: () => connectionClosed.forEach((listener) => listener()),
      onnotice: () => {},
      connection: { application_name: "gatehouse" },
    });
    return {
      kind: "postgres",
      db: drizzlePostgres({ client, schema }),
      client,
      url: databaseConfig.url,
    };
  }
  // One PGlite per process (it owns its data directory); dev reloads modules, so the
  // instance lives on globalThis, not in this module.
  const dataDir = databaseConfig.pgliteDir;
  // PGlite creates only the last path segment; a fresh checkout has no .data/ yet.
  mkdirSync(dataDir, { recursive: true });
  const client = new PGlite(dataDir);
  return { kind: "pglite", db: drizzlePglite({ client, schema }), client, dataDir };
}

const globalForDb = globalThis as { __gatehouseConnection?: Connection };
export const connection: Connection = (globalForDb.__gatehouseConnection ??= connect());
export const db: Database = connection.db;

/** `postgres://user:secret@host/db` → `postgres://user@host/db`, for messages. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    u.password = "";
    return u.toString();
  } catch {
    return "(unparseable DATABASE_URL)";
  }
}

/** Closes the connection pool (graceful shutdown); in-flight queries finish first. */
export async function closeDatabase(): Promise<void> {
  if (connection.kind === "postgres") await connection.client.end({ timeout: 5 });
  else await connection.client.close();
}
