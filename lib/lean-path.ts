import { createHash } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import {
  oauthProviderAuthServerMetadata,
  oauthProviderOpenIdConfigMetadata,
} from "@better-auth/oauth-provider";
import { auth } from "@/lib/auth";
import { env } from "@/lib/env";
import { isClientRedirectOrigin } from "@/db/queries/cors-origins";
import { guardAuthHandler } from "@/lib/oauth/boundary";
import { publicCorsHeaders } from "@/lib/oauth/boundary/cors";
import { correctDiscoveryResponse } from "@/lib/oauth/discovery";
import { SECURITY_HEADERS } from "@/lib/security-headers";
import { addRequestHook } from "@/lib/server-hooks";
import { sendResponse, toWebRequest } from "@/lib/node-http";
import { signingKeysGeneration } from "@/lib/signing-key-cache";

/**
 * The lean path (issue 14): the machine endpoints — token, introspection, revocation, UserInfo,
 * JWKS and discovery — answered by Better Auth's Node handler straight from the custom server
 * (server.mjs), without Next's request pipeline, which costs about half of each such request.
 * The same boundary (lib/oauth/boundary) stands in front as on the Next route; the same
 * security headers go out. Everything else (browser pages, sign-in, authorize, consent, admin)
 * stays with Next. Only exact paths and GET/POST come here; any other method or a path variant
 * goes to Next, which answers as before.
 */
const AUTH_PATHS = new Set([
  "/api/auth/oauth2/token",
  "/api/auth/oauth2/introspect",
  "/api/auth/oauth2/revoke",
  "/api/auth/oauth2/userinfo",
  "/api/auth/jwks",
]);

type NodeHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;
type WebHandler = (request: Request) => Promise<Response>;

function toNodeHandler(handler: WebHandler): NodeHandler {
  return async (req, res) =>
    sendResponse(res, await handler(toWebRequest(req, env.BETTER_AUTH_URL)));
}

/**
 * A document that is the same for every caller (discovery, JWKS), served from memory: built
 * once per `version`, with a strong ETag; `If-None-Match` answers 304. No SQL on the steady path.
 */
function cachedDocument(
  path: string,
  handler: WebHandler,
  version: () => number,
  cacheControl?: string,
) {
  let entry: {
    version: number;
    etag: string;
    headers: Record<string, string>;
    body: Buffer;
  } | null = null;
  let building: Promise<void> | null = null;
  const build = async (v: number) => {
    const response = await handler(new Request(new URL(path, env.BETTER_AUTH_URL)));
    const body = Buffer.from(await response.arrayBuffer());
    if (response.status !== 200) return;
    const etag = `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
    entry = {
      version: v,
      etag,
      body,
      headers: {
        "content-type": response.headers.get("content-type") ?? "application/json",
        "cache-control": response.headers.get("cache-control") ?? cacheControl ?? "no-cache",
        etag,
      },
    };
  };
  return async (req: IncomingMessage, res: ServerResponse) => {
    const v = version();
    if (entry?.version !== v) {
      building ??= build(v).finally(() => (building = null));
      await building;
    }
    const current = entry as typeof entry;
    if (!current || current.version !== v) {
      // Not cacheable right now (e.g. no key yet): answer as the library does.
      await toNodeHandler(handler)(req, res);
      return;
    }
    for (const [key, value] of Object.entries(current.headers)) res.setHeader(key, value);
    // Public documents: any origin (as the Next routes answer, lib/oauth/boundary/cors.ts).
    for (const [key, value] of Object.entries(publicCorsHeaders(req.headers.origin))) {
      res.setHeader(key, value);
    }
    const match = req.headers["if-none-match"];
    if (match && match.split(/\s*,\s*/).some((t) => t === current.etag || t === "*")) {
      res.writeHead(304).end();
      return;
    }
    res.setHeader("content-length", current.body.length);
    res.writeHead(200).end(current.body);
  };
}

function handlers() {
  const guarded = guardAuthHandler(
    { handle: (request: Request) => auth.handler(request) },
    { originCheck: isClientRedirectOrigin },
  );
  // The same corrected documents as the app/.well-known routes (lib/oauth/discovery.ts).
  const corrected =
    (metadata: WebHandler): WebHandler =>
    async (request) =>
      correctDiscoveryResponse(await metadata(request));
  const authHandler: NodeHandler = toNodeHandler(guarded.handle);
  const once = () => 0;
  // Root discovery documents: the same library functions the app/.well-known routes export.
  const discovery = new Map<string, NodeHandler>([
    [
      "/.well-known/openid-configuration",
      cachedDocument(
        "/.well-known/openid-configuration",
        corrected(oauthProviderOpenIdConfigMetadata(auth)),
        once,
      ),
    ],
    [
      "/.well-known/oauth-authorization-server/api/auth",
      cachedDocument(
        "/.well-known/oauth-authorization-server/api/auth",
        corrected(oauthProviderAuthServerMetadata(auth)),
        once,
      ),
    ],
    [
      "/api/auth/jwks",
      cachedDocument(
        "/api/auth/jwks",
        guarded.handle,
        signingKeysGeneration,
        "public, max-age=60, stale-while-revalidate=60",
      ),
    ],
  ]);
  return { authHandler, discovery };
}

/** The request hook: answers the machine endpoints, returns false for everything else. */
export function leanPathHook(): (req: IncomingMessage, res: ServerResponse) => Promise<boolean> {
  const { authHandler, discovery } = handlers();
  return async (req, res) => {
    const method = req.method;
    if (method !== "GET" && method !== "POST") return false;
    const url = req.url ?? "";
    const query = url.indexOf("?");
    const pathname = query === -1 ? url : url.slice(0, query);
    const handler =
      (method === "GET" && discovery.get(pathname)) ||
      (AUTH_PATHS.has(pathname) ? authHandler : undefined);
    if (!handler) return false;
    for (const { key, value } of SECURITY_HEADERS) res.setHeader(key, value);
    await handler(req, res);
    return true;
  };
}

const globalForLeanPath = globalThis as { __gatehouseLeanPath?: boolean };

/** Registers the lean path with the custom server once per process (instrumentation). */
export function registerLeanPath() {
  if (globalForLeanPath.__gatehouseLeanPath) return;
  globalForLeanPath.__gatehouseLeanPath = true;
  addRequestHook(leanPathHook());
}
