"use server";

import * as z from "zod";
import { adminAction, redirectTo, refuse } from "@/lib/action";
import { createSigningKey, retireSigningKey } from "@/lib/signing-keys";

/** Rotate now: a new key signs from now on; the previous ones stay published for the grace period. */
export const rotateSigningKey = adminAction(z.object({}), async (_, ctx) => {
  const key = await createSigningKey();
  await ctx.audit({ type: "key.rotated", target: { type: "key", id: key.id, label: key.id } });
  ctx.revalidate("/admin/keys");
  return redirectTo("/admin/keys?rotated=1");
});

const REFUSALS = {
  signing: "This key signs tokens: rotate first, then retire it.",
  "already-retired": "This key is already retired.",
  "not-found": "There is no such key.",
} as const;

/** Retire now: a verification-only key leaves the JWKS; tokens it signed stop verifying. */
export const retireKey = adminAction(
  z.object({ keyId: z.string().trim().min(1).max(200) }),
  async ({ keyId }, ctx) => {
    const outcome = await retireSigningKey(keyId);
    if (outcome !== "retired") refuse(REFUSALS[outcome]);
    await ctx.audit({ type: "key.retired", target: { type: "key", id: keyId, label: keyId } });
    ctx.revalidate("/admin/keys");
    return redirectTo("/admin/keys?retired=1");
  },
);
