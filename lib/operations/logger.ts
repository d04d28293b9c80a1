import pino from "pino";

/**
 * The process's structured log: one JSON object per line on stdout (pino), level from LOG_LEVEL.
 * Callers pass ids, paths, statuses and outcomes — never a secret, token, code or password; the
 * redaction below is a second line of defence for fields that should never be logged at all.
 * Reads process.env directly (not lib/env) so that logging works before and while env is checked.
 */
const REDACTED_FIELDS = [
  "password",
  "token",
  "secret",
  "code",
  "authorization",
  "cookie",
  "*.password",
  "*.token",
  "*.secret",
  "*.code",
  "*.authorization",
  "*.cookie",
];

/**
 * Lines are buffered and written 4 KiB at a time, or every 100 ms (sonic-boom `minLength` and
 * `periodicFlush`, asynchronous): a `write(2)` per line — pino's default, synchronous or not —
 * cost 5–12 ms of latency per request on the benchmark with no CPU to show for it (BENCHMARKS.md,
 * third round). Order is kept. What is pending is written out synchronously when the process
 * exits (pino's `exit` handler for such a destination) and by the last shutdown hook
 * (`flushLog`, lib/startup); a SIGKILL or an OOM kill loses at most the last 100 ms / 4 KiB.
 */
function createLogger() {
  return pino(
    {
      level: process.env.LOG_LEVEL || "info",
      base: { service: "gatehouse", pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: REDACTED_FIELDS, censor: "[redacted]" },
    },
    pino.destination({ dest: 1, sync: false, minLength: 4096, periodicFlush: 100 }),
  );
}

export type Logger = ReturnType<typeof createLogger>;

// One logger per process: instrumentation and route bundles import this module separately.
const globalForLog = globalThis as { __gatehouseLogger?: Logger };
export const logger: Logger = (globalForLog.__gatehouseLogger ??= createLogger());

/** Writes out what the log holds (the last shutdown hook, before the process exits). */
export function flushLog(): Promise<void> {
  return new Promise((resolve) => logger.flush(() => resolve()));
}
