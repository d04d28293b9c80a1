import * as z from "zod";
import { SLUG_PATTERN } from "@/lib/organization-slug";

export const createOrganizationSchema = z.object({
  name: z
    .string()
    .trim()
    .min(2, "Use at least 2 characters.")
    .max(80, "Use at most 80 characters."),
  slug: z
    .string()
    .trim()
    .min(2, "Use at least 2 characters.")
    .max(48, "Use at most 48 characters.")
    .regex(SLUG_PATTERN, "Use lowercase letters, digits and single hyphens."),
});

export const organizationIdSchema = z.object({ organizationId: z.string().min(1).max(200) });
