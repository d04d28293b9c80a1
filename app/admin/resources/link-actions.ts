"use server";

import { getClientDetails, isLinked } from "@/db/queries/clients";
import { findResourceByIdentifier } from "@/db/queries/resources";
import { adminAction, refuse, type ActionContext } from "@/lib/action";
import { auth } from "@/lib/auth";
import { linkSchema } from "./schemas";

/** Audits a link or unlink and refreshes the pages of both sides. */
async function recordLinkChange(
  ctx: ActionContext,
  type: "resource.linked" | "resource.unlinked",
  resource: { id: string; identifier: string; name: string },
  details: { clientId: string; clientName?: string | null },
) {
  await ctx.audit({
    type,
    target: { type: "resource", id: resource.identifier, label: resource.name },
    details,
  });
  ctx.revalidate(`/admin/clients/${encodeURIComponent(details.clientId)}/resources`);
  ctx.revalidate(`/admin/resources/${encodeURIComponent(resource.id)}`);
  ctx.revalidate("/admin/resources");
}

/** Lets a client request tokens for a resource (enforcePerClientResources, docs/library-facts.md#fact-7). */
export const linkClientResource = adminAction(linkSchema, async (input, ctx) => {
  const { identifier, clientId } = input;
  const [client, resource] = await Promise.all([
    getClientDetails(clientId),
    findResourceByIdentifier(identifier),
  ]);
  if (!client) refuse("Check the highlighted fields.", { clientId: "No such client." });
  if (!resource) refuse("Check the highlighted fields.", { identifier: "No such resource." });
  // A duplicate link is a 500 in the plugin (docs/library-facts.md#fact-12): check first.
  if (await isLinked(clientId, identifier)) {
    refuse("Check the highlighted fields.", {
      identifier: `${client.name ?? clientId} is already linked to ${resource.name}.`,
    });
  }
  await auth.api.adminLinkClientResource({
    headers: ctx.headers,
    params: { identifier, client_id: clientId },
  });
  await recordLinkChange(ctx, "resource.linked", resource, { clientId, clientName: client.name });
  return { ok: true, message: `Linked ${resource.name}.` };
});

export const unlinkClientResource = adminAction(linkSchema, async (input, ctx) => {
  const { identifier, clientId } = input;
  const resource = await findResourceByIdentifier(identifier);
  if (!resource) refuse("This resource no longer exists.");
  if (!(await isLinked(clientId, identifier))) refuse("This link was already removed.");
  await auth.api.adminUnlinkClientResource({
    headers: ctx.headers,
    params: { identifier, client_id: clientId },
  });
  await recordLinkChange(ctx, "resource.unlinked", resource, { clientId });
  return { ok: true, message: `Unlinked ${resource.name}.` };
});
