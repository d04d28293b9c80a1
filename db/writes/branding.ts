import { db } from "@/db";
import { branding } from "@/db/schema";
import { BRANDING_ID } from "@/db/queries/branding";

type BrandingValues = {
  productName: string | null;
  logoUrl: string | null;
  accentColor: string | null;
};

/** Saves the branding row (one row, upserted); nulls mean "the default". */
export async function saveBranding(values: BrandingValues): Promise<void> {
  const now = new Date();
  await db
    .insert(branding)
    .values({ id: BRANDING_ID, ...values, updatedAt: now })
    .onConflictDoUpdate({ target: branding.id, set: { ...values, updatedAt: now } });
}
