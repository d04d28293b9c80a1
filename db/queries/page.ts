import type { PgSelect } from "drizzle-orm/pg-core";
import { totalOf } from "./count";

/**
 * One page of an ordered list query (built with `$dynamic()`) and the number of rows its count
 * query matched, read together: the console's lists all page this way.
 */
export async function pageOf<Q extends PgSelect>(
  query: Q,
  counted: PromiseLike<readonly { total: number }[]>,
  page: number,
  pageSize: number,
): Promise<{ rows: Awaited<Q>; total: number }> {
  const [rows, total] = await Promise.all([
    query.limit(pageSize).offset((page - 1) * pageSize),
    counted,
  ]);
  return { rows, total: totalOf(total) };
}
