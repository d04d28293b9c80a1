import * as z from "zod";

export const deleteOrganizationSchema = z.object({
  organizationId: z.string().min(1).max(200),
  confirm: z.string().max(200),
});
