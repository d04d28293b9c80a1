import * as z from "zod";

export const profileSchema = z.object({
  name: z.string().trim().min(1, "Enter your name.").max(100, "Use at most 100 characters."),
  image: z
    .string()
    .trim()
    .max(2000, "That URL is too long.")
    .refine((v) => v === "" || (/^https?:\/\//i.test(v) && URL.canParse(v)), {
      message: "Enter a full http(s) URL, or leave it empty.",
    }),
});

export const emailSchema = z.object({
  email: z.email("Enter a valid email address.").max(254),
});

export const passwordSchema = z
  .object({
    currentPassword: z.string().min(1, "Enter your current password."),
    newPassword: z
      .string()
      .min(8, "Use at least 8 characters.")
      .max(128, "Use at most 128 characters."),
    confirmPassword: z.string(),
    revokeOtherSessions: z.boolean(),
  })
  .refine((v) => v.newPassword === v.confirmPassword, {
    path: ["confirmPassword"],
    message: "The passwords do not match.",
  })
  .refine((v) => v.newPassword !== v.currentPassword, {
    path: ["newPassword"],
    message: "Choose a password different from the current one.",
  });
