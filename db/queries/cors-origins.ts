import { and, eq, sql } from "drizzle-orm";
import { exists } from "./exists";
import { oauthClient } from "@/db/schema";

/**
 * Whether `origin` (scheme://host[:port]) is the origin of a redirect URI of an enabled client,
 * of `clientId` when given: the browser origins the protocol endpoints answer (CORS).
 */
export async function isClientRedirectOrigin(origin: string, clientId?: string) {
  return exists(
    oauthClient,
    and(
      clientId ? eq(oauthClient.clientId, clientId) : undefined,
      sql`${oauthClient.disabled} is not true`,
      sql`exists (select 1 from unnest(${oauthClient.redirectUris}) as r(uri)
                  where r.uri = ${origin} or left(r.uri, ${origin.length + 1}) = ${`${origin}/`})`,
    ),
  );
}
