import * as z from "zod";

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** "Acme Labs, Inc." → "acme-labs-inc": the default slug the form suggests. */
export function slugify(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 48);
}

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
