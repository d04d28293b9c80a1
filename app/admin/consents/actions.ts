"use server";

import { findClientName } from "@/db/queries/consent-list";
import { revokeClientAccess } from "@/db/writes/grants";
import { adminAction, redirectTo } from "@/lib/action";
import { revokeConsentSchema } from "./schemas";

/**
 * Withdraws a user's grant to a client: consents and that user's tokens for the client.
 * Plugin gap (see revokeClientAccess): the plugin's delete-consent is for the user themself.
 */
export const revokeConsent = adminAction(revokeConsentSchema, async (input, ctx) => {
  const { userId, clientId, returnTo } = input;
  const removed = await revokeClientAccess(userId, clientId);
  if (removed === 0) return { ok: false, message: "This consent was already revoked." };
  await ctx.audit({
    type: "consent.revoked",
    target: { type: "client", id: clientId, label: (await findClientName(clientId)) ?? null },
    details: { userId, by: "admin" },
  });
  ctx.revalidate("/admin/consents");
  ctx.revalidate(`/admin/users/${userId}`);
  ctx.revalidate(`/admin/clients/${encodeURIComponent(clientId)}/consents`);
  return redirectTo(returnTo);
});
