import { readiness } from "@/lib/operations/readiness";

export const dynamic = "force-dynamic";

/** Readiness: 200 when PostgreSQL (and Redis when configured) answer, else 503 naming what failed. */
export async function GET() {
  const { ready, checks } = await readiness();
  const failing = Object.keys(checks).filter((name) => checks[name] !== "ok");
  return Response.json(
    ready ? { status: "ready", checks } : { status: "unavailable", failing, checks },
    { status: ready ? 200 : 503, headers: { "cache-control": "no-store" } },
  );
}
