"use server";

import { findOrganizationById } from "@/db/queries/organizations";
import { deleteOrganization as deleteOrganizationRow } from "@/db/writes/organizations";
import { adminAction, redirectTo, refuse } from "@/lib/action";
import { deleteOrganizationSchema } from "./schemas";

export const deleteOrganization = adminAction(deleteOrganizationSchema, async (input, ctx) => {
  const existing =
    (await findOrganizationById(input.organizationId)) ??
    refuse("This organization no longer exists.");
  if (input.confirm.trim() !== existing.slug) {
    refuse("Check the highlighted fields.", {
      confirm: `Type ${existing.slug} exactly to confirm.`,
    });
  }
  if (!(await deleteOrganizationRow(existing.id))) refuse("This organization no longer exists.");
  await ctx.audit({
    type: "organization.deleted",
    target: { type: "organization", id: existing.id, label: existing.name },
    details: { slug: existing.slug },
  });
  ctx.revalidate("/admin/organizations");
  return redirectTo(`/admin/organizations?deleted=${encodeURIComponent(existing.name)}`);
});
