import * as z from "zod";
import { ACCENT_PATTERN } from "@/lib/branding-style";

export const brandingSchema = z.object({
  productName: z.string().trim().max(60, "Use at most 60 characters."),
  logoUrl: z
    .string()
    .trim()
    .max(2000, "That URL is too long.")
    .refine((v) => v === "" || (/^https:\/\//i.test(v) && URL.canParse(v)), {
      message: "Enter a full https:// URL, or leave it empty.",
    }),
  accentColor: z
    .string()
    .trim()
    .refine((v) => v === "" || ACCENT_PATTERN.test(v), {
      message: "Enter a colour as #RRGGBB, or leave it empty.",
    }),
});
