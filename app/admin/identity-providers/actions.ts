"use server";

import { getIdentityProvider, getStoredOidcConfig } from "@/db/queries/identity-providers";
import { deleteIdentityProvider, updateIdentityProvider } from "@/db/writes/identity-providers";
import { adminAction, redirectTo, refuse } from "@/lib/action";
import { addIdentityProvider } from "@/lib/identity-providers/manage";
import { forgetProviderOrigins } from "@/lib/identity-providers/origins";
import { resealOidcConfig } from "@/lib/identity-providers/provider-config";
import {
  createProviderSchema,
  deleteProviderSchema,
  providerIdSchema,
  updateProviderSchema,
} from "./schemas";

const LIST = "/admin/identity-providers";
const providerPath = (id: string) => `${LIST}/${encodeURIComponent(id)}`;

async function existingProvider(id: string) {
  return (await getIdentityProvider(id)) ?? refuse("This identity provider no longer exists.");
}

export const createProvider = adminAction(createProviderSchema, async (input, ctx) => {
  const { id, issuer } = await addIdentityProvider(input, { organizationId: null });
  await ctx.audit({
    type: "identity_provider.created",
    target: { type: "identity_provider", id, label: input.name },
    details: { issuer },
  });
  ctx.revalidate(LIST);
  return redirectTo(`${providerPath(id)}?saved=1`);
});

export const markDomainVerified = adminAction(providerIdSchema, async (input, ctx) => {
  const existing = await existingProvider(input.id);
  if (!existing.organizationId) refuse("This provider belongs to no organization.");
  await updateIdentityProvider(input.id, { domainVerified: true });
  await ctx.audit({
    type: "identity_provider.updated",
    target: { type: "identity_provider", id: existing.id, label: existing.name },
    details: { domainVerified: true, domains: existing.domain },
  });
  ctx.revalidate(LIST);
  return redirectTo(providerPath(input.id));
});

export const updateProvider = adminAction(updateProviderSchema, async (input, ctx) => {
  const existing = await existingProvider(input.id);
  const stored = await getStoredOidcConfig(input.id);
  await updateIdentityProvider(input.id, {
    name: input.name,
    trustedForLinking: input.trustedForLinking,
    oidcConfig: await resealOidcConfig(stored, input),
  });
  await ctx.audit({
    type: "identity_provider.updated",
    target: { type: "identity_provider", id: existing.id, label: input.name },
    details: { secretReplaced: Boolean(input.clientSecret) },
  });
  ctx.revalidate(LIST);
  return redirectTo(`${providerPath(input.id)}?saved=1`);
});

export const toggleProvider = adminAction(providerIdSchema, async (input, ctx) => {
  const existing = await existingProvider(input.id);
  await updateIdentityProvider(input.id, { enabled: !existing.enabled });
  await ctx.audit({
    type: "identity_provider.updated",
    target: { type: "identity_provider", id: existing.id, label: existing.name },
    details: { enabled: !existing.enabled },
  });
  ctx.revalidate(LIST);
  return redirectTo(providerPath(input.id));
});

export const deleteProvider = adminAction(deleteProviderSchema, async (input, ctx) => {
  const existing = await existingProvider(input.id);
  if (input.confirm.trim() !== existing.name) {
    refuse("Check the highlighted fields.", {
      confirm: `Type ${existing.name} exactly to confirm.`,
    });
  }
  await deleteIdentityProvider(input.id);
  forgetProviderOrigins();
  await ctx.audit({
    type: "identity_provider.deleted",
    target: { type: "identity_provider", id: existing.id, label: existing.name },
  });
  ctx.revalidate(LIST);
  return redirectTo(LIST);
});
