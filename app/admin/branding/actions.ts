"use server";

import { saveBranding } from "@/db/writes/branding";
import { adminAction } from "@/lib/action";
import { brandingSchema } from "./schemas";

export const updateBranding = adminAction(brandingSchema, async (input, ctx) => {
  const values = {
    productName: input.productName || null,
    logoUrl: input.logoUrl || null,
    accentColor: input.accentColor ? input.accentColor.toLowerCase() : null,
  };
  await saveBranding(values);
  await ctx.audit({
    type: "branding.updated",
    target: { type: "branding", id: "default", label: values.productName ?? "Gatehouse" },
    details: values,
  });
  ctx.revalidate("/", "layout");
  return { ok: true, message: "Branding saved. Sign-in, consent and email use it now." };
});
