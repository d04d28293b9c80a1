import { eq } from "drizzle-orm";
import { db } from "@/db";
import { branding } from "@/db/schema";

export const BRANDING_ID = "default";

/** The stored branding row, or undefined while admins have set none (defaults apply). */
export async function readBranding() {
  const [row] = await db
    .select({
      productName: branding.productName,
      logoUrl: branding.logoUrl,
      accentColor: branding.accentColor,
    })
    .from(branding)
    .where(eq(branding.id, BRANDING_ID))
    .limit(1);
  return row;
}
