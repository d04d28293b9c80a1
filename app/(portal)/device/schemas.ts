import * as z from "zod";
import type { ActionState } from "@/lib/action-state";

/** Codes are shown as e.g. ABCD-EFGH; the plugin ignores separators and case. */
export const userCodeSchema = z
  .string()
  .trim()
  .min(1, "Enter the code shown on your device.")
  .max(64, "This code is too long.");

export const deviceDecisionSchema = z.object({
  userCode: userCodeSchema,
  decision: z.enum(["approve", "deny"], { error: "Choose Approve or Deny." }),
});

export type DeviceDecisionState = ActionState & { decided?: "approve" | "deny" };
