import type { IncomingMessage, ServerResponse } from "node:http";
import { databaseDown, databaseTroubleRecent, probeDatabase } from "@/db/health";

/**
 * Pages while PostgreSQL is unreachable: a readable 503 "temporarily unavailable" page instead
 * of the framework's 500, and back to normal by itself once db/health.ts sees the database
 * again. A page that fails with a 5xx while the database is in trouble (a connection lost
 * moments ago: the first requests of an outage, the last ones before it is back) gets the page
 * too, and any 5xx starts a probe, so the next request knows. `/api/auth` answers for itself
 * (lib/oauth/boundary/availability.ts); static files need no database.
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
    replaceFailureWhileInTrouble(req, res);
    res.once("finish", () => {
      if (res.statusCode >= 500) void probeDatabase();
    });
    return false;
  }
  sendPage(req, res, res.writeHead, res.end);
  return true;
}

function sendPage(
  req: IncomingMessage,
  res: ServerResponse,
  writeHead: ServerResponse["writeHead"],
  end: ServerResponse["end"],
) {
  for (const name of res.getHeaderNames()) res.removeHeader(name);
  writeHead.call(res, 503, {
    "content-type": "text/html; charset=utf-8",
    "cache-control": "no-store",
    "retry-after": "5",
  });
  (end as (chunk?: string) => ServerResponse).call(res, req.method === "HEAD" ? undefined : PAGE);
}

type Callback = (error?: Error | null) => void;
const callbackIn = (args: unknown[]) => args.find((a) => typeof a === "function") as Callback;

/**
 * A failed page's head goes out when Next first writes (`writeHead`, `flushHeaders`, `write` or
 * `end`): if its status is a 5xx while the database is in trouble, this page goes out instead
 * when Next ends the response, and what Next writes is dropped. Decided once, at that first call.
 */
function replaceFailureWhileInTrouble(req: IncomingMessage, res: ServerResponse) {
  const original = { writeHead: res.writeHead, flushHeaders: res.flushHeaders, write: res.write };
  const originalEnd = res.end;
  let replace: boolean | undefined;
  const decide = (status: number) => {
    if (replace !== undefined) return replace;
    replace = status >= 500 && status !== 503 && databaseTroubleRecent();
    if (replace) {
      console.warn(
        `[gatehouse] ${req.url}: ${status} while the database is unreachable, answered 503`,
      );
    }
    return replace;
  };
  const call = <F>(fn: F, args: unknown[]) => (fn as (...a: unknown[]) => unknown).apply(res, args);
  res.writeHead = function (status: number, ...rest: unknown[]) {
    if (decide(status)) return res;
    return call(original.writeHead, [status, ...rest]);
  } as ServerResponse["writeHead"];
  res.flushHeaders = () => {
    if (!decide(res.statusCode)) call(original.flushHeaders, []);
  };
  res.write = ((...args: unknown[]) => {
    if (!decide(res.statusCode)) return call(original.write, args);
    callbackIn(args)?.();
    return true;
  }) as ServerResponse["write"];
  res.end = ((...args: unknown[]) => {
    if (!decide(res.statusCode)) return call(originalEnd, args);
    res.writeHead = original.writeHead;
    res.end = originalEnd;
    if (!res.writableEnded) sendPage(req, res, original.writeHead, originalEnd);
    callbackIn(args)?.();
    return res;
  }) as ServerResponse["end"];
}
