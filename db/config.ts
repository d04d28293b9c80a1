import path from "node:path";

/**
 * Where the data lives. db/ sits below lib/ (docs/architecture.md), so it reads its own three
 * variables instead of importing lib/env.ts; lib/env.ts validates the same variables with
 * readable messages before start-up ever opens the database.
 */
export const DATA_DIR = path.resolve(
  /*turbopackIgnore: true*/ process.env.GATEHOUSE_DATA_DIR || ".data",
);

export const databaseConfig = {
  url: process.env.DATABASE_URL || undefined,
  pgliteDir: path.resolve(
    /*turbopackIgnore: true*/ process.env.PGLITE_DIR || path.join(DATA_DIR, "pglite"),
  ),
};
