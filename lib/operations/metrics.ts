import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";

/**
 * The process's Prometheus metrics (prom-client), served by GET /api/metrics. One registry per
 * process on globalThis: the custom server's request hook, Better Auth's hooks and the route
 * handler live in different Next bundles.
 */
function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "gatehouse_" });
  const registers = [registry];
  return {
    registry,
    requests: new Counter({
      name: "gatehouse_http_requests_total",
      help: "HTTP requests by endpoint, method and status",
      labelNames: ["endpoint", "method", "status"] as const,
      registers,
    }),
    duration: new Histogram({
      name: "gatehouse_http_request_duration_seconds",
      help: "HTTP request latency by endpoint, method and status",
      labelNames: ["endpoint", "method", "status"] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    }),
    tokensIssued: new Counter({
      name: "gatehouse_tokens_issued_total",
      help: "Successful token endpoint responses by grant type",
      labelNames: ["grant_type"] as const,
      registers,
    }),
    signIns: new Counter({
      name: "gatehouse_sign_ins_total",
      help: "Sign-in attempts by method and outcome",
      labelNames: ["method", "outcome"] as const,
      registers,
    }),
    rateLimited: new Counter({
      name: "gatehouse_rate_limit_refusals_total",
      help: "Requests refused with 429 by endpoint",
      labelNames: ["endpoint"] as const,
      registers,
    }),
    redisErrors: new Counter({
      name: "gatehouse_redis_errors_total",
      help: "Redis operations that failed and were degraded (session cache, rate limits)",
      labelNames: ["operation"] as const,
      registers,
    }),
    dbPool: new Gauge({
      name: "gatehouse_db_pool_connections",
      help: "Database connections: this instance's pool size, and the open connections of every Gatehouse instance by state",
      labelNames: ["state"] as const,
      registers,
    }),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;

const globalForMetrics = globalThis as { __gatehouseMetrics?: Metrics };
export const metrics: Metrics = (globalForMetrics.__gatehouseMetrics ??= createMetrics());
