"use server";

import { revokeClientAccess } from "@/db/writes/grants";
import { findConsentedClientName } from "@/db/queries/user-consents";
import { sessionAction } from "@/lib/action";
import { revokeAppSchema } from "./schemas";

/** Withdraws the user's consent to a client and ends every token it holds for them. */
export const revokeApp = sessionAction("/account/apps", revokeAppSchema, async (input, ctx) => {
  const { user } = ctx.session;
  ctx.revalidate("/account/apps");
  const name = await findConsentedClientName(user.id, input.clientId);
  if (!name) return { ok: false, message: "That app has no access to revoke any more." };
  const removed = await revokeClientAccess(user.id, input.clientId);
  await ctx.audit({
    type: "consent.revoked",
    target: { type: "client", id: input.clientId, label: name },
    details: { consents: removed, by: "user" },
  });
  return { ok: true, message: `${name} can no longer access your account.` };
});
