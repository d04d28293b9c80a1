"use server";

import { setMetadataHostBlocked } from "@/db/writes/metadata-hosts";
import { adminAction, refuse } from "@/lib/action";
import { metadataDocumentHost } from "@/lib/oauth/metadata-documents";
import { metadataHostSchema } from "./schemas";

/**
 * Blocks (or unblocks) the host publishing a metadata-document client's document: no document
 * is fetched from it and every client on it is refused (lib/oauth/metadata-documents.ts).
 */
export const setMetadataHostStatus = adminAction(metadataHostSchema, async (input, ctx) => {
  const host =
    metadataDocumentHost(input.clientId) ?? refuse("This client has no metadata document.");
  const blocked = input.blocked === "true";
  if (await setMetadataHostBlocked(host, blocked, ctx.session.user.id)) {
    await ctx.audit({
      type: blocked ? "client.metadata_host_blocked" : "client.metadata_host_unblocked",
      target: { type: "metadata_host", id: host, label: host },
      details: { clientId: input.clientId },
    });
  }
  ctx.revalidate("/admin/clients");
  ctx.revalidate(`/admin/clients/${encodeURIComponent(input.clientId)}`);
  return { ok: true, message: blocked ? `${host} is blocked.` : `${host} is no longer blocked.` };
});
