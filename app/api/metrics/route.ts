import { poolUsage } from "@/db/queries/operations";
import { env } from "@/lib/env";
import { bearerMatches } from "@/lib/operations/metrics-access";
import { metrics } from "@/lib/operations/metrics";

export const dynamic = "force-dynamic";

async function refreshPoolGauge() {
  try {
    const timeout = new Promise<never>((_, reject) => setTimeout(reject, 1000).unref());
    const { max, byState } = await Promise.race([poolUsage(), timeout]);
    metrics.dbPool.reset();
    metrics.dbPool.set({ state: "pool_max" }, max);
    for (const [state, count] of Object.entries(byState)) metrics.dbPool.set({ state }, count);
  } catch {
    // The database is away: readiness reports it; the other metrics still answer.
  }
}

/** Prometheus text, for a scraper holding METRICS_TOKEN; 404 when metrics are off. */
export async function GET(request: Request) {
  const token = env.METRICS_TOKEN;
  if (!token) return new Response("Not Found", { status: 404 });
  if (!bearerMatches(request.headers.get("authorization"), token)) {
    return Response.json(
      { error: "unauthorized" },
      { status: 401, headers: { "www-authenticate": 'Bearer realm="metrics"' } },
    );
  }
  await refreshPoolGauge();
  return new Response(await metrics.registry.metrics(), {
    headers: { "content-type": metrics.registry.contentType, "cache-control": "no-store" },
  });
}
