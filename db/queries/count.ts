/** The number a `select({ total: count() })` query returned (0 when it returned no row). */
export const totalOf = (rows: readonly { total: number }[]): number => rows[0]?.total ?? 0;
