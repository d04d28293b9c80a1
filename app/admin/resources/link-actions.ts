"use server";

import { getClientDetails, isLinked } from "@/db/queries/clients";
import { findResourceByIdentifier } from "@/db/queries/resources";
import { adminAction, refuse, type ActionContext } from "@/lib/action";
import { auth } from "@/lib/auth";
import { linkSchema } from "./schemas";

function revalidateLinks(ctx: ActionContext, clientId: string, resourceId: string) {
  ctx.revalidate(`/admin/clients/${encodeURIComponent(clientId)}/resources`);
  ctx.revalidate(`/admin/resources/${encodeURIComponent(resourceId)}`);
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
  await ctx.audit({
    type: "resource.linked",
    target: { type: "resource", id: identifier, label: resource.name },
    details: { clientId, clientName: client.name },
  });
  revalidateLinks(ctx, clientId, resource.id);
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
  await ctx.audit({
    type: "resource.unlinked",
    target: { type: "resource", id: identifier, label: resource.name },
    details: { clientId },
  });
  revalidateLinks(ctx, clientId, resource.id);
  return { ok: true, message: `Unlinked ${resource.name}.` };
});
