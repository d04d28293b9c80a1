import type { IncomingMessage, ServerResponse } from "node:http";
import { databaseDown, probeDatabase } from "@/db/health";

/**
 * Pages while PostgreSQL is unreachable: a readable 503 "temporarily unavailable" page instead
 * of the framework's 500, and back to normal by itself once db/health.ts sees the database
 * again. A page that fails with a 5xx starts a probe, so the next request knows. `/api/auth`
 * answers for itself (lib/oauth/boundary/availability.ts); static files need no database.
 */
const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Temporarily unavailable · Gatehouse</title>
<style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:15vh auto;padding:0 1.5rem;line-height:1.5;color:#18181b;background:#fafafa}
@media (prefers-color-scheme:dark){body{color:#f4f4f5;background:#09090b}}h1{font-size:1.4rem}</style></head>
<body><main><h1>Temporarily unavailable</h1>
<p>Gatehouse cannot reach its database right now. Nothing you entered was saved twice; try again in a few seconds.</p>
</main></body></html>
`;

const passesThrough = (url: string) =>
  url.startsWith("/_next/") || url.startsWith("/api/") || /\.[a-z0-9]+(\?|$)/i.test(url);

export async function unavailablePage(req: IncomingMessage, res: ServerResponse) {
  if (passesThrough(req.url ?? "/")) return false;
  if (!(await databaseDown())) {
    res.once("finish", () => {
      if (res.statusCode >= 500) void probeDatabase();
    });
    return false;
  }
  res.statusCode = 503;
  res.setHeader("content-type", "text/html; charset=utf-8");
  res.setHeader("cache-control", "no-store");
  res.setHeader("retry-after", "5");
  res.end(req.method === "HEAD" ? undefined : PAGE);
  return true;
}
