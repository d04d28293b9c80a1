import type { SQL } from "drizzle-orm";
import type { PgTable, SelectedFields } from "drizzle-orm/pg-core";
import type { SelectResultFields } from "drizzle-orm/query-builders/select.types";
import { db } from "@/db";

/**
 * What one record is linked to: the rows of the `link` table that `where` picks for it, each
 * joined (`on`, an inner join) to the record it links to in `to`, in `order` (a client's
 * resources, a resource's clients, a user's organizations or upstream identities, an
 * organization's members).
 */
export function listLinked<S extends SelectedFields>(
  fields: S,
  link: { from: PgTable; to: PgTable; on: SQL; where: SQL },
  ...order: SQL[]
): Promise<SelectResultFields<S>[]> {
  // The fields are typed by the caller's S: an inner join leaves each column as its table has it.
  return db
    .select(fields as SelectedFields)
    .from(link.from)
    .innerJoin(link.to, link.on)
    .where(link.where)
    .orderBy(...order) as Promise<SelectResultFields<S>[]>;
}
