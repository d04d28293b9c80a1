import { inArray } from "drizzle-orm";
import { db } from "@/db";
import { deviceCode } from "@/db/schema";

/**
 * The client, scope and user of a device authorization by the code a person typed, as the
 * plugin matches it (exact, or upper-cased without separators). Never selects the device code.
 */
export async function findDeviceAuthorization(userCode: string) {
  const normalized = userCode.replace(/[^a-zA-Z0-9]/g, "").toUpperCase();
  const rows = await db
    .select({
      userCode: deviceCode.userCode,
      clientId: deviceCode.oauthClientId,
      scope: deviceCode.scope,
      userId: deviceCode.userId,
      status: deviceCode.status,
    })
    .from(deviceCode)
    .where(inArray(deviceCode.userCode, [...new Set([userCode, normalized])]));
  return rows.find((r) => r.userCode === userCode) ?? rows[0];
}
