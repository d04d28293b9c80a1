import type { IncomingMessage, ServerResponse } from "node:http";
import { addRequestHook } from "@/lib/server-hooks";
import { endpointLabel, loggablePath } from "./endpoint";
import { logger } from "./logger";
import { metrics } from "./metrics";
import { REQUEST_ID_HEADER, requestIdFrom } from "./request-id";

/**
 * A custom-server request hook (lib/server-hooks.ts) that answers nothing: it gives the request
 * an id (kept in the request headers, so the app's own code and Better Auth's hooks read the same
 * id, and returned in the `X-Request-Id` response header), and when the response is finished
 * writes one JSON log line and the request metrics. Only the path is logged, never the query
 * string (codes, states, reset tokens) or a header value.
 */
export function observeRequest(req: IncomingMessage, res: ServerResponse): false {
  const started = process.hrtime.bigint();
  const requestId = requestIdFrom(req.headers[REQUEST_ID_HEADER]);
  req.headers[REQUEST_ID_HEADER] = requestId;
  res.setHeader(REQUEST_ID_HEADER, requestId);
  const pathname = (req.url ?? "/").split("?")[0] ?? "/";
  res.once("finish", () => {
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const endpoint = endpointLabel(pathname);
    const method = req.method ?? "GET";
    const status = String(res.statusCode);
    metrics.requests.inc({ endpoint, method, status });
    metrics.duration.observe({ endpoint, method, status }, seconds);
    if (res.statusCode === 429) metrics.rateLimited.inc({ endpoint });
    if (endpoint === "static") return;
    logger.info(
      {
        kind: "request",
        requestId,
        method,
        path: loggablePath(pathname),
        endpoint,
        status: res.statusCode,
        durationMs: Math.round(seconds * 1000),
      },
      "request",
    );
  });
  return false;
}

/** Registers observeRequest with the custom server (instrumentation.ts, before any other hook). */
export function observeRequests() {
  addRequestHook(observeRequest);
}
