import { readFile } from "node:fs/promises";
import path from "node:path";
import { sql } from "drizzle-orm";
import { connection, db } from "../index";

/** Readiness and metrics reads: what an operator's probes ask the database. */

export async function databaseAnswers(): Promise<void> {
  await db.execute(sql`select 1`);
}

// postgres.js answers an array of rows, PGlite `{ rows }`.
const rowsOf = <T>(result: unknown): T[] =>
  Array.isArray(result) ? (result as T[]) : ((result as { rows?: T[] }).rows ?? []);

let journalWhen: Promise<number> | undefined;

/** The newest migration this build ships (drizzle-kit's journal, applied at start). */
function newestShippedMigration(): Promise<number> {
  journalWhen ??= readFile(
    path.join(process.cwd(), "db", "migrations", "meta", "_journal.json"),
    "utf8",
  ).then((text) => {
    const entries = (JSON.parse(text) as { entries: { when: number }[] }).entries;
    return Math.max(0, ...entries.map((e) => e.when));
  });
  return journalWhen;
}

/**
 * True when the database has every migration this build ships; drizzle's migrator records
 * each applied migration's journal timestamp in drizzle.__drizzle_migrations.created_at.
 */
export async function migrationsApplied(): Promise<boolean> {
  const newest = await newestShippedMigration();
  const rows = rowsOf<{ newest: string | null }>(
    await db.execute(sql`select max(created_at)::text as newest from drizzle.__drizzle_migrations`),
  );
  const applied = Number(rows[0]?.newest ?? 0);
  return applied >= newest;
}

/** This instance's pool size and the open connections of every Gatehouse instance by state. */
export async function poolUsage(): Promise<{ max: number; byState: Record<string, number> }> {
  if (connection.kind !== "postgres") return { max: 1, byState: {} };
  const rows = rowsOf<{ state: string; count: number }>(
    await db.execute(
      sql`select coalesce(state, 'unknown') as state, count(*)::int as count from pg_stat_activity
          where application_name = 'gatehouse' and datname = current_database() group by 1`,
    ),
  );
  const max = (connection.client.options as { max?: number }).max ?? 10;
  return { max, byState: Object.fromEntries(rows.map((r) => [r.state, Number(r.count)])) };
}
