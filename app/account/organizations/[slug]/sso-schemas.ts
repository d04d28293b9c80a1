import * as z from "zod";
import { createProviderSchema } from "@/app/admin/identity-providers/schemas";

const HOSTNAME = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

export const organizationSsoSchema = createProviderSchema.omit({ trustedForLinking: true }).extend({
  organizationId: z.string().min(1),
  domains: z
    .string()
    .trim()
    .transform((v) => [
      ...new Set(
        v
          .toLowerCase()
          .split(/[\s,]+/)
          .filter(Boolean),
      ),
    ])
    .refine((list) => list.length > 0, "Enter at least one email domain, e.g. example.com.")
    .refine((list) => list.length <= 10, "Enter at most 10 domains.")
    .refine((list) => list.every((d) => HOSTNAME.test(d)), "Enter domains such as example.com."),
});

export const organizationProviderSchema = z.object({ organizationId: z.string().min(1) });
