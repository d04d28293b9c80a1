"use server";

import { findResourceByIdentifier, getResource } from "@/db/queries/resources";
import { setResourceOpen } from "@/db/writes/resources";
import { adminAction, redirectTo, refuse } from "@/lib/action";
import { auth } from "@/lib/auth";
import {
  deleteResourceSchema,
  resourceBody,
  resourceSchema,
  updateResourceSchema,
} from "./schemas";

const LISTS = { lists: ["allowedScopes"] };
const resourcePath = (id: string) => `/admin/resources/${encodeURIComponent(id)}`;

async function existingResource(id: string) {
  return (await getResource(id)) ?? refuse("This resource no longer exists.");
}

export const createResource = adminAction(
  resourceSchema,
  async (input, ctx) => {
    const { identifier } = input;
    // The plugin answers a duplicate with a 500 (docs/library-facts.md, fact 12): check first.
    if (await findResourceByIdentifier(identifier)) {
      refuse("Check the highlighted fields.", {
        identifier: `A resource with the identifier ${identifier} already exists.`,
      });
    }
    const created = await auth.api.adminCreateOAuthResource({
      headers: ctx.headers,
      body: { identifier, ...resourceBody(input) },
    });
    await setResourceOpen(identifier, input.openToEveryClient);
    await ctx.audit({
      type: "resource.created",
      target: { type: "resource", id: identifier, label: input.name },
      details: { openToEveryClient: input.openToEveryClient },
    });
    ctx.revalidate("/admin/resources");
    return redirectTo(`${resourcePath(created.id)}?saved=1`);
  },
  LISTS,
);

export const updateResource = adminAction(
  updateResourceSchema,
  async (input, ctx) => {
    const existing = await existingResource(input.id);
    // The identifier cannot change: tokens and links refer to it.
    await auth.api.adminUpdateOAuthResource({
      headers: ctx.headers,
      params: { identifier: existing.identifier },
      body: resourceBody(input),
    });
    await setResourceOpen(existing.identifier, input.openToEveryClient);
    await ctx.audit({
      type: "resource.updated",
      target: { type: "resource", id: existing.identifier, label: input.name },
      details: { openToEveryClient: input.openToEveryClient },
    });
    ctx.revalidate("/admin/resources");
    return redirectTo(`${resourcePath(input.id)}?saved=1`);
  },
  LISTS,
);

export const deleteResource = adminAction(deleteResourceSchema, async (input, ctx) => {
  const existing = await existingResource(input.id);
  if (input.confirm.trim() !== existing.name) {
    refuse("Check the highlighted fields.", {
      confirm: `Type ${existing.name} exactly to confirm.`,
    });
  }
  await auth.api.adminDeleteOAuthResource({
    headers: ctx.headers,
    params: { identifier: existing.identifier },
  });
  await ctx.audit({
    type: "resource.deleted",
    target: { type: "resource", id: existing.identifier, label: existing.name },
  });
  ctx.revalidate("/admin/resources");
  return redirectTo("/admin/resources");
});
