import * as z from "zod";

const flag = z.preprocess((v) => v === "on" || v === "true", z.boolean());

const scopes = z
  .string()
  .trim()
  .transform((v) => [...new Set(v.split(/[\s,]+/).filter(Boolean))])
  .refine(
    (list) => list.includes("openid"),
    "Include openid (the provider must sign in with OpenID Connect).",
  )
  .refine(
    (list) => list.every((s) => /^[\x21\x23-\x5b\x5d-\x7e]+$/.test(s)),
    "Scopes are separated by spaces and use plain characters only.",
  );

const settings = {
  name: z.string().trim().min(1, "Enter a name.").max(60, "Use at most 60 characters."),
  clientId: z.string().trim().min(1, "Enter the client ID the provider gave you.").max(500),
  scopes,
  trustedForLinking: flag,
};

export const createProviderSchema = z.object({
  ...settings,
  issuer: z
    .string()
    .trim()
    .min(1, "Enter the issuer URL.")
    .max(500)
    .refine(
      (v) => URL.canParse(v) && /^https?:$/.test(new URL(v).protocol),
      "Enter an absolute https URL, e.g. https://id.example.com.",
    ),
  clientSecret: z.string().trim().min(1, "Enter the client secret.").max(2000),
});

export const updateProviderSchema = z.object({
  ...settings,
  id: z.string().min(1),
  /** Empty keeps the stored secret. */
  clientSecret: z.string().trim().max(2000),
});

export const providerIdSchema = z.object({ id: z.string().min(1) });
export const deleteProviderSchema = z.object({ id: z.string().min(1), confirm: z.string() });
