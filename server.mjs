// The Gatehouse server process: Next.js's documented custom server
// (node_modules/next/dist/docs/01-app/02-guides/custom-server.md) with the process-level concerns
// an identity provider needs, which `next start` does not offer:
//   - graceful shutdown: on SIGTERM/SIGINT stop accepting, let in-flight requests finish (bounded
//     by SHUTDOWN_TIMEOUT_MS), run the shutdown hooks (database, Redis), exit 0;
//   - a hook registry on globalThis that the app's own code (compiled by Next, loaded by
//     instrumentation.ts) fills in: request hooks in front of Next and shutdown hooks.
// `npm start` runs it in production, `npm run dev` with `--dev`. Plain ESM: it runs as-is on the
// machine's Node, without a build step (Next compiles the app, not this file).
import { AsyncLocalStorage } from "node:async_hooks";
import { createServer } from "node:http";
import next from "next";

const dev = process.argv.includes("--dev");
const port = Number.parseInt(process.env.PORT ?? "3000", 10);
const shutdownTimeoutMs = Number.parseInt(process.env.SHUTDOWN_TIMEOUT_MS ?? "10000", 10);
process.env.NODE_ENV ??= dev ? "development" : "production";

/**
 * What the app registers (see lib/server-hooks.ts, the typed side of this object):
 * `handlers` may answer a request before Next does (return true when they did) or, having read
 * its body, return a request that replays it;
 * `shutdownHooks` run once, after the last in-flight request, before the process exits;
 * `requestState` holds a plain object per request, which hooks and app code may annotate.
 */
const hooks = (globalThis.__gatehouseServer ??= { handlers: [], shutdownHooks: [] });
// Per-request state shared by the hooks and the app's code (lib/server-hooks.ts `requestState`).
hooks.requestState ??= new AsyncLocalStorage();
// Start-up (instrumentation.ts → lib/startup) says when it is done (lib/server-hooks.ts
// `markStarted`); it ends the process itself when it cannot finish.
const started = new Promise((resolve) => (hooks.markStarted = resolve));

let inFlight = 0;
let stopping = false;
const drained = [];

const server = createServer((req, res) => {
  inFlight += 1;
  res.once("close", () => {
    inFlight -= 1;
    if (inFlight === 0) drained.splice(0).forEach((resolve) => resolve());
  });
  if (stopping) res.setHeader("connection", "close");
  void hooks.requestState
    .run({}, () => route(req, res))
    .catch((error) => {
      console.error("[gatehouse] unhandled request error:", error);
      if (!res.headersSent) {
        res.statusCode = 500;
        res.setHeader("content-type", "application/json");
        res.end(JSON.stringify({ error: "server_error" }));
      } else res.destroy();
    });
});

const app = next({ dev, port, httpServer: server });
const handle = app.getRequestHandler();

async function route(req, res) {
  let request = req;
  for (const handler of hooks.handlers) {
    const result = await handler(request, res);
    if (result === true) return;
    // A handler that read the body hands back a request that replays it.
    if (result && typeof result === "object") request = result;
  }
  await handle(request, res);
}

async function shutdown(signal) {
  if (stopping) return;
  stopping = true;
  console.log(`[gatehouse] ${signal}: no new connections; finishing ${inFlight} request(s)`);
  server.close();
  server.closeIdleConnections();
  const timer = new Promise((resolve) => setTimeout(resolve, shutdownTimeoutMs).unref());
  const idle = inFlight === 0 ? Promise.resolve() : new Promise((r) => drained.push(r));
  const finished = await Promise.race([idle.then(() => true), timer.then(() => false)]);
  if (!finished) console.warn(`[gatehouse] ${inFlight} request(s) still running; closing anyway`);
  server.closeAllConnections();
  for (const hook of hooks.shutdownHooks.splice(0)) {
    try {
      await hook();
    } catch (error) {
      console.error("[gatehouse] shutdown hook failed:", error?.message ?? error);
    }
  }
  await app.close?.().catch(() => {});
  console.log("[gatehouse] stopped");
  process.exit(0);
}

process.once("SIGTERM", () => void shutdown("SIGTERM"));
process.once("SIGINT", () => void shutdown("SIGINT"));

try {
  await app.prepare();
  // In production Next runs instrumentation in the background of prepare(), so the port opens
  // only once start-up (migrations, admin, request hooks) is done: no request meets a
  // half-started server. In development prepare() has already run it (or compiles it lazily).
  if (!dev) await started;
} catch (error) {
  console.error(`[gatehouse] ${error?.message ?? error}`);
  process.exit(1);
}
server.listen(port, () => {
  console.log(
    `[gatehouse] listening on http://localhost:${port} (${dev ? "development" : "production"})`,
  );
});
