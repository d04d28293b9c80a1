import { eq } from "drizzle-orm";
import { db } from "@/db";
import { recordsChanged } from "@/db/record-cache";
import { oauthClient } from "@/db/schema";

/**
 * Plugin gap: `/admin/oauth2/update-client` accepts neither `disabled` nor `require_pkce`, and
 * refuses an empty `redirect_uris` / `post_logout_redirect_uris` list (it can add URIs but never
 * clear the list), nor `subject_type` (settable only at creation), so the console writes these
 * columns directly.
 */
export async function setClientFlags(
  clientId: string,
  flags: {
    disabled?: boolean;
    requirePkce?: boolean;
    clearRedirectUris?: boolean;
    clearPostLogoutRedirectUris?: boolean;
    subjectType?: "public" | "pairwise";
  },
) {
  const set: Partial<typeof oauthClient.$inferInsert> = { updatedAt: new Date() };
  if (flags.disabled !== undefined) set.disabled = flags.disabled;
  if (flags.requirePkce !== undefined) set.requirePKCE = flags.requirePkce;
  if (flags.clearRedirectUris) set.redirectUris = [];
  if (flags.subjectType) set.subjectType = flags.subjectType;
  if (flags.clearPostLogoutRedirectUris) set.postLogoutRedirectUris = [];
  try {
    await db.update(oauthClient).set(set).where(eq(oauthClient.clientId, clientId));
  } finally {
    await recordsChanged();
  }
}

/**
 * Merges `patch` into a client's metadata (our per-client switches, e.g. `id_token_claims`).
 * Plugin gap: `/admin/oauth2/update-client` replaces the whole metadata object. The library
 * stores it as a JSON string or an object; both read back the same (`parseClientMetadata`).
 */
export async function mergeClientMetadata(clientId: string, patch: Record<string, unknown>) {
  await db
    .transaction(async (tx) => {
      const [row] = await tx
        .select({ metadata: oauthClient.metadata })
        .from(oauthClient)
        .where(eq(oauthClient.clientId, clientId))
        .for("update");
      if (!row) return;
      const current =
        typeof row.metadata === "string"
          ? (JSON.parse(row.metadata) as Record<string, unknown>)
          : ((row.metadata ?? {}) as Record<string, unknown>);
      await tx
        .update(oauthClient)
        .set({ metadata: { ...current, ...patch }, updatedAt: new Date() })
        .where(eq(oauthClient.clientId, clientId));
    })
    .finally(() => recordsChanged());
}
