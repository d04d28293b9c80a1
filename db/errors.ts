/**
 * Errors that mean "the database cannot be reached right now" (it may answer again later), as
 * opposed to a wrong query, password or database name. Start-up retries them; the protocol
 * boundary and the page hook answer 503 for them (db/health.ts, docs/library-facts.md#fact-110).
 */
const UNREACHABLE = new Set([
  // Node's socket errors
  "ECONNREFUSED",
  "ECONNRESET",
  "ECONNABORTED",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EAI_AGAIN",
  // postgres.js's own connection errors
  "CONNECT_TIMEOUT",
  "CONNECTION_CLOSED",
  "CONNECTION_ENDED",
  "CONNECTION_DESTROYED",
  // SQLSTATEs: class 08 (connection exception) is matched by prefix below
  "57P01", // admin_shutdown: the server is stopping (pg_ctl stop, a restart)
  "57P02", // crash_shutdown
  "57P03", // cannot_connect_now: starting up or shutting down
  "53300", // too_many_connections
]);

/** The error, then its causes (Drizzle wraps the driver's error as `cause`, and so may others). */
function* causes(error: unknown): Generator<{ code?: unknown }> {
  let current = error;
  for (let depth = 0; depth < 5 && current && typeof current === "object"; depth++) {
    yield current as { code?: unknown };
    current = (current as { cause?: unknown }).cause;
  }
}

/** A failure that may pass once the database is up again. */
export function isDatabaseUnreachable(error: unknown): boolean {
  for (const { code } of causes(error)) {
    if (typeof code === "string" && (UNREACHABLE.has(code) || code.startsWith("08"))) return true;
  }
  return false;
}
