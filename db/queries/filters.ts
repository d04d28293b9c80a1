import { gte, lt, type SQL } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";

/** `%term%` for LIKE / ILIKE, with the pattern characters in `term` matched literally. */
export const containing = (term: string) => `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The conditions "`column` at or after `from`" and "before `to`", each only when given. */
export const within = (column: PgColumn, from?: Date, to?: Date): (SQL | undefined)[] => [
  from ? gte(column, from) : undefined,
  to ? lt(column, to) : undefined,
];
