import * as z from "zod";

/** Where to return after an action: an admin console path, never an outside URL. */
export const adminReturnPath = z
  .string()
  .regex(/^\/admin(\/[\w-]+)*(\?[^#\s]*)?$/, "Invalid return path.")
  .catch("/admin/consents");

export const revokeConsentSchema = z.object({
  userId: z.string().trim().min(1).max(200),
  clientId: z.string().trim().min(1).max(200),
  returnTo: adminReturnPath,
});
