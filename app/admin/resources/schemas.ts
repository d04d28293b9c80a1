import * as z from "zod";
import { SCOPES } from "@/lib/oauth/scopes";

/** Claims the provider owns in an access token (RFC 9068 §2.2, RFC 7519, RFC 9449). */
export const RESERVED_CLAIMS = [
  "iss",
  "sub",
  "aud",
  "exp",
  "nbf",
  "iat",
  "jti",
  "scope",
  "client_id",
  "cnf",
  "auth_time",
  "acr",
  "amr",
  "azp",
  "sid",
] as const;

/** The access tokens are signed with the provider's key set, which holds RS256 keys. */
export const SIGNING_ALGORITHMS = ["RS256"] as const;

const ttl = z
  .string()
  .trim()
  .transform((v, ctx) => {
    if (v === "") return null;
    const n = Number(v);
    if (!Number.isInteger(n) || n <= 0 || n > 60 * 60 * 24 * 366) {
      ctx.addIssue({
        code: "custom",
        message: "Enter whole seconds (1 to 31622400) or leave empty.",
      });
      return z.NEVER;
    }
    return n;
  });

const claims = z
  .string()
  .trim()
  .transform((v, ctx) => {
    if (v === "") return null;
    let value: unknown;
    try {
      value = JSON.parse(v);
    } catch {
      ctx.addIssue({
        code: "custom",
        message: 'Not valid JSON: write an object such as {"tenant": "acme"}.',
      });
      return z.NEVER;
    }
    if (!value || typeof value !== "object" || Array.isArray(value)) {
      ctx.addIssue({ code: "custom", message: "Custom claims must be a JSON object." });
      return z.NEVER;
    }
    const reserved = Object.keys(value).filter((k) =>
      (RESERVED_CLAIMS as readonly string[]).includes(k),
    );
    if (reserved.length) {
      ctx.addIssue({
        code: "custom",
        message: `Reserved claim names cannot be set: ${reserved.join(", ")}. The provider sets these itself.`,
      });
      return z.NEVER;
    }
    return value as Record<string, unknown>;
  });

const flag = z.preprocess((v) => v === "on" || v === "true", z.boolean());

export const resourceSchema = z.object({
  identifier: z
    .string()
    .trim()
    .min(1, "Enter the resource identifier.")
    .max(500)
    .refine((v) => URL.canParse(v), "Enter an absolute URI, e.g. https://api.example.com.")
    .refine((v) => !v.includes("#"), "A resource identifier must not contain a fragment (#).")
    .refine((v) => !v.includes("*"), "Wildcards are not allowed."),
  name: z.string().trim().min(1, "Enter a name.").max(100, "Use at most 100 characters."),
  allowedScopes: z
    .array(z.string())
    .default([])
    .refine((a) => a.every((s) => SCOPES.includes(s)), "Unknown scope."),
  accessTokenTtl: ttl,
  refreshTokenTtl: ttl,
  signingAlgorithm: z.enum(["", ...SIGNING_ALGORITHMS], { error: "Unsupported algorithm." }),
  customClaims: claims,
  dpopRequired: flag,
  disabled: flag,
  openToEveryClient: flag,
});
export type ResourceInput = z.infer<typeof resourceSchema>;

/** The plugin's create/update body. */
export function resourceBody(input: ResourceInput) {
  return {
    name: input.name,
    allowedScopes: input.allowedScopes.length ? input.allowedScopes : null,
    accessTokenTtl: input.accessTokenTtl,
    refreshTokenTtl: input.refreshTokenTtl,
    signingAlgorithm: input.signingAlgorithm || null,
    customClaims: input.customClaims,
    dpopBoundAccessTokensRequired: input.dpopRequired,
    disabled: input.disabled,
  };
}

export const updateResourceSchema = resourceSchema.extend({ id: z.string().min(1) });

export const deleteResourceSchema = z.object({ id: z.string().min(1), confirm: z.string() });

export const linkSchema = z.object({
  identifier: z.string().min(1, "Choose a resource."),
  clientId: z.string().min(1, "Choose a client."),
});
