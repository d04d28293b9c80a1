"use server";

import { sessionAction } from "@/lib/action";
import { auth } from "@/lib/auth";
import { deviceDecisionSchema, type DeviceDecisionState } from "./schemas";

/**
 * Approves or denies a device code the signed-in user claimed on /device (RFC 8628 §3.3).
 * The plugin checks the code is pending, unexpired and claimed by this user; the decision is
 * audited by the after-hook on /device/approve and /device/deny (lib/auth-audit.ts), whoever
 * calls them.
 */
export const decideDevice = sessionAction<typeof deviceDecisionSchema, DeviceDecisionState>(
  "/device",
  deviceDecisionSchema,
  async ({ userCode, decision }, ctx) => {
    const request = { body: { userCode }, headers: ctx.headers };
    if (decision === "approve") await auth.api.deviceApprove(request);
    else await auth.api.deviceDeny(request);
    return { ok: true, decided: decision };
  },
);
