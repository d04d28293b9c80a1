import { eq } from "drizzle-orm";
import { db } from "@/db";
import { branding } from "@/db/schema";

export const BRANDING_ID = "default";

/** The stored branding row, or undefined while admins have set none (defaults apply). */
export async function readBranding() {
  return db.query.branding.findFirst({
    columns: { productName: true, logoUrl: true, accentColor: true },
    where: eq(branding.id, BRANDING_ID),
  });
}
