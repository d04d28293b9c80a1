import * as z from "zod";

const userId = z.string().trim().min(1, "Missing user.").max(200);

export const userTargetSchema = z.object({ userId });

export const setRoleSchema = z.object({
  userId,
  admin: z.enum(["true", "false"]).transform((v) => v === "true"),
});

export const banSchema = z.object({
  userId,
  reason: z.string().trim().max(300, "Keep the reason under 300 characters.").optional(),
  days: z
    .string()
    .trim()
    .regex(/^\d*$/, "Enter a whole number of days, or leave it empty for a permanent ban.")
    .transform((v) => (v ? Number(v) : undefined))
    .pipe(
      z
        .number()
        .int()
        .min(1, "A ban lasts at least 1 day.")
        .max(3650, "At most 3650 days; leave empty for a permanent ban.")
        .optional(),
    ),
});

export const deleteSchema = z.object({
  userId,
  confirmEmail: z.string().trim().toLowerCase().min(1, "Type the user's email to confirm."),
});
