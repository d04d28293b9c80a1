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

function createLogger() {
  return pino({
    level: process.env.LOG_LEVEL || "info",
    base: { service: "gatehouse", pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    redact: { paths: REDACTED_FIELDS, censor: "[redacted]" },
  });
}

export type Logger = ReturnType<typeof createLogger>;

// One logger per process: instrumentation and route bundles import this module separately.
const globalForLog = globalThis as { __gatehouseLogger?: Logger };
export const logger: Logger = (globalForLog.__gatehouseLogger ??= createLogger());
