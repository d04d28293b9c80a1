import { cimd } from "@better-auth/cimd";
import type { ClientMetadataResourceFetch } from "@better-auth/oauth-provider";
import { isBlockedMetadataHost } from "@/db/queries/metadata-hosts";
import type { HookContext } from "@/lib/hook-context";
import { outboundFetch } from "@/lib/outbound";
import { refuseAtEndpoint, requestClients } from "./resource-access";

/** Largest metadata document (or `jwks_uri` set) accepted, in bytes. */
const MAX_DOCUMENT_BYTES = 16 * 1024;
const FETCH_TIMEOUT_MS = 5_000;
const NULL_BODY_STATUSES = new Set([204, 205, 304]);

/**
 * The transport `@better-auth/cimd` requires (resolve once, refuse special-use addresses, pin
 * the connection, never follow redirects), given by lib/outbound.ts, so that
 * OUTBOUND_ALLOW_PRIVATE_NETWORKS and NODE_EXTRA_CA_CERTS apply as to every other outbound call
 * (docs/library-facts.md#fact-82).
 */
export const fetchMetadataResource: ClientMetadataResourceFetch = async (input, init) => {
  const url = input instanceof Request ? input.url : input.toString();
  const answer = await outboundFetch(url, {
    headers: Object.fromEntries(new Headers(init?.headers)),
    maxBytes: MAX_DOCUMENT_BYTES,
    timeoutMs: FETCH_TIMEOUT_MS,
  });
  const headers = new Headers();
  for (const [name, value] of Object.entries(answer.headers)) {
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) {
      headers.append(name, item);
    }
  }
  const body = NULL_BODY_STATUSES.has(answer.status) ? null : new Uint8Array(answer.body);
  return new Response(body, { status: answer.status, headers });
};

/** The host an `https://` client_id (a metadata-document client) is published on. */
export function metadataDocumentHost(clientId: string): string | undefined {
  if (!clientId.startsWith("https://") || !URL.canParse(clientId)) return undefined;
  return new URL(clientId).host;
}

/**
 * CLIENT_ID_METADATA_DOCUMENTS: an `https://` client_id is resolved by fetching its Client ID
 * Metadata Document (`@better-auth/cimd`: the document's `client_id` must equal its URL; public
 * clients only, `none` or `private_key_jwt` with keys; bounded cache that honours
 * Cache-Control). Hosts an admin blocked are refused before any fetch.
 */
export const metadataDocumentClients = () =>
  cimd({
    fetchClientMetadataResource: fetchMetadataResource,
    isMetadataDocumentUrlAllowed: async (clientIdUrl) =>
      !(await isBlockedMetadataHost(new URL(clientIdUrl).host)),
    metadataRevalidationInterval: "60m",
    maxCacheEntries: 1000,
  });

/**
 * Before-hook: a client whose metadata document lives on a blocked host is refused at every
 * endpoint, also while its document is still cached or its row exists.
 */
export async function refuseBlockedMetadataClients(ctx: HookContext) {
  if (ctx.path.startsWith("/admin/")) return;
  const query = ctx.query as Record<string, unknown> | undefined;
  const body = (ctx.body && typeof ctx.body === "object" ? ctx.body : undefined) as
    Record<string, unknown> | undefined;
  const hosts = requestClients(query, body, ctx.headers?.get("authorization"))
    .map(metadataDocumentHost)
    .filter((h): h is string => !!h);
  for (const host of new Set(hosts)) {
    if (await isBlockedMetadataHost(host)) {
      refuseAtEndpoint(ctx, "invalid_client", `client metadata documents from ${host} are blocked`);
    }
  }
}
