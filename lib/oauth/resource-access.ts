import { APIError } from "better-auth/api";
import { decodeJwt } from "jose";
import { resourcesOutOfReach } from "@/db/queries/resources";
import { cachedRecord } from "@/db/record-cache";
import { env } from "@/lib/env";
import type { HookContext } from "@/lib/hook-context";

/**
 * Who may request which protected resource (RFC 8707), decided before the provider runs
 * (docs/library-facts.md#fact-80). A resource open to every client may be requested by any
 * client, including metadata-document and openly registered clients that no admin could link
 * in advance; every other resource needs the client to be linked to it. The provider's own
 * check (`enforcePerClientResources`) knows links only, so it is switched off and this hook
 * applies the same rule with the open flag, to every request that carries `resource`.
 * A request whose client cannot be told (no `client_id`, Basic user or assertion subject) may
 * request open resources only.
 */
type Params = Record<string, unknown> | undefined;

const strings = (value: unknown): string[] =>
  (Array.isArray(value) ? value : [value]).filter(
    (v): v is string => typeof v === "string" && v !== "",
  );

function basicUser(authorization: string | null | undefined): string[] {
  const [, basic] = authorization?.match(/^Basic\s+(\S+)$/i) ?? [];
  if (!basic) return [];
  try {
    const [user = ""] = Buffer.from(basic, "base64").toString("utf8").split(":");
    return strings(decodeURIComponent(user));
  } catch {
    return [];
  }
}

function assertionSubject(assertion: unknown): string[] {
  if (typeof assertion !== "string") return [];
  try {
    return strings(decodeJwt(assertion).sub);
  } catch {
    return [];
  }
}

/** Every client a request names; each must be allowed the resource (fail closed). */
export function requestClients(query: Params, body: Params, authorization?: string | null) {
  return [
    ...new Set([
      ...strings(query?.client_id),
      ...strings(body?.client_id),
      ...basicUser(authorization),
      ...assertionSubject(body?.client_assertion),
    ]),
  ];
}

/** The resources a request asks for, without the provider's own UserInfo audience. */
export function requestedResources(query: Params, body: Params, issuer: string) {
  const userInfo = `${issuer}/oauth2/userinfo`;
  return [...new Set([...strings(query?.resource), ...strings(body?.resource)])].filter(
    (r) => r !== userInfo,
  );
}

/** Before-hook: refuses with `invalid_target` a resource the client may not request. */
export async function refuseUnreachableResources(ctx: HookContext) {
  if (ctx.path.startsWith("/admin/")) return;
  const query = ctx.query as Params;
  const body = (ctx.body && typeof ctx.body === "object" ? ctx.body : undefined) as Params;
  const resources = requestedResources(query, body, `${env.BETTER_AUTH_URL}/api/auth`);
  if (resources.length === 0) return;
  const clients = requestClients(query, body, ctx.headers?.get("authorization"));
  // Cached with the client rows (emptied by every write to links or the open flag), so a steady
  // JWT grant issues no SQL for this check (issue 14).
  const key = `resource-reach\n${[...resources].sort().join(" ")}\n${[...clients].sort().join(" ")}`;
  const refused = await cachedRecord(key, env.CLIENT_CACHE_SECONDS * 1000, () =>
    resourcesOutOfReach(resources, clients),
  );
  if (refused.length === 0) return;
  refuseAtEndpoint(
    ctx,
    "invalid_target",
    `the client is not linked to resource(s) ${refused.join(", ")}`,
  );
}

/**
 * Throws the refusal of a before-hook: at the authorization endpoint a redirect to the portal's
 * error page (the redirect URI is not checked yet, so the error must not go to it), elsewhere a
 * 400 with the error (401 for `invalid_client`).
 */
export function refuseAtEndpoint(ctx: HookContext, error: string, description: string): never {
  if (ctx.path === "/oauth2/authorize") {
    const target = new URL("/error", env.BETTER_AUTH_URL);
    target.searchParams.set("error", error);
    target.searchParams.set("error_description", description);
    throw ctx.redirect(target.toString());
  }
  throw new APIError(error === "invalid_client" ? "UNAUTHORIZED" : "BAD_REQUEST", {
    error,
    error_description: description,
  });
}
