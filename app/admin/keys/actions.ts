"use server";

import * as z from "zod";
import { adminAction, redirectTo } from "@/lib/action";
import { createSigningKey } from "@/lib/signing-keys";

/** Rotate now: a new key signs from now on; the previous ones stay published for verification. */
export const rotateSigningKey = adminAction(z.object({}), async (_, ctx) => {
  const key = await createSigningKey();
  await ctx.audit({ type: "key.rotated", target: { type: "key", id: key.id, label: key.id } });
  ctx.revalidate("/admin/keys");
  return redirectTo("/admin/keys?rotated=1");
});
