import { cache } from "react";
import { readBranding } from "@/db/queries/branding";
import { DEFAULT_BRANDING, type Branding } from "@/lib/branding-style";

export { DEFAULT_BRANDING, accentVariables, type Branding } from "@/lib/branding-style";

/** The product's branding (admins set it at /admin/branding), once per request. */
export const getBranding = cache(async (): Promise<Branding> => {
  const row = await readBranding();
  return {
    productName: row?.productName || DEFAULT_BRANDING.productName,
    logoUrl: row?.logoUrl || null,
    accentColor: row?.accentColor || null,
  };
});

/** The product name for mail subjects and texts. */
export const productName = async () => (await getBranding()).productName;
