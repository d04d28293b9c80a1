import * as z from "zod";
import type { ActionState } from "@/lib/action-state";
import {
  checkRedirectUris,
  redirectUriProblem,
  type RedirectUriKind,
} from "@/lib/oauth/redirect-uris";
import {
  MACHINE_SCOPES,
  ORGANIZATION_SCOPE,
  USER_SCOPES,
  isMachineScope,
} from "@/lib/oauth/scopes";

export const APP_KINDS = {
  web: {
    label: "Web app",
    description: "Server-rendered app that keeps a secret (authorization code + refresh token).",
  },
  spa: {
    label: "Single-page app",
    description: "Browser app without a secret: public client with PKCE.",
  },
  native: {
    label: "Native / CLI",
    description: "Desktop, mobile or command-line app: loopback or custom-scheme redirects, PKCE.",
  },
  device: {
    label: "TV / limited-input device",
    description:
      "TV, console or CLI without a browser: shows a code the user enters on /device (RFC 8628).",
  },
  machine: {
    label: "Machine-to-machine",
    description: "A service calling APIs for itself (client credentials), no user, no redirects.",
  },
} as const;
export type AppKind = keyof typeof APP_KINDS;

export const USER_SCOPE_OPTIONS = [...USER_SCOPES, ORGANIZATION_SCOPE] as readonly string[];
export const MACHINE_SCOPE_OPTIONS = MACHINE_SCOPES as readonly string[];
export const DEVICE_CODE_GRANT = "urn:ietf:params:oauth:grant-type:device_code";
export const GRANT_TYPES = [
  "authorization_code",
  DEVICE_CODE_GRANT,
  "refresh_token",
  "client_credentials",
] as const;

/** The created client, shown once by the form that created it (never stored in a URL). */
export type CreatedClient = { clientId: string; clientSecret?: string; name: string };
export type CreateClientState = ActionState & { created?: CreatedClient };
export type RotateSecretState = ActionState & { secret?: string };

function refineUris(
  ctx: z.RefinementCtx,
  path: string,
  text: string,
  kind: RedirectUriKind,
  required: boolean,
) {
  const { uris, problems } = checkRedirectUris(text, kind);
  if (required && uris.length === 0)
    ctx.addIssue({ code: "custom", path: [path], message: "Enter at least one redirect URI." });
  for (const message of problems) ctx.addIssue({ code: "custom", path: [path], message });
}

const optionalHttpsUrl = z
  .string()
  .trim()
  .refine(
    (v) => v === "" || redirectUriProblem(v, "web") === null,
    "Enter an https URL without a fragment.",
  )
  .transform((v) => v || undefined);

export const newClientSchema = z
  .object({
    kind: z.enum(["web", "spa", "native", "device", "machine"], {
      error: "Choose an application kind.",
    }),
    name: z.string().trim().min(1, "Enter a name.").max(100, "Use at most 100 characters."),
    redirectUris: z.string().default(""),
    postLogoutRedirectUris: z.string().default(""),
    scopes: z.array(z.string()).default([]),
  })
  .superRefine((data, ctx) => {
    if (data.kind === "machine") {
      if (!data.scopes.some(isMachineScope)) {
        ctx.addIssue({
          code: "custom",
          path: ["scopes"],
          message: "Choose at least one machine scope.",
        });
      }
      return;
    }
    if (data.kind !== "device") {
      const uriKind: RedirectUriKind = data.kind === "native" ? "native" : "web";
      refineUris(ctx, "redirectUris", data.redirectUris, uriKind, true);
      refineUris(ctx, "postLogoutRedirectUris", data.postLogoutRedirectUris, uriKind, false);
    }
    if (!data.scopes.includes("openid")) {
      ctx.addIssue({
        code: "custom",
        path: ["scopes"],
        message: "A sign-in app needs the openid scope.",
      });
    }
  });
export type NewClientInput = z.infer<typeof newClientSchema>;

/** The adminCreateOAuthClient body for a kind, with the kind's defaults. */
export function createClientBody(input: NewClientInput) {
  const uriKind: RedirectUriKind = input.kind === "native" ? "native" : "web";
  if (input.kind === "machine") {
    const scopes = input.scopes.filter(isMachineScope);
    return {
      client_name: input.name,
      application_type: "web" as const,
      token_endpoint_auth_method: "client_secret_basic",
      grant_types: ["client_credentials"],
      scope: scopes.join(" "),
      client_credentials_scopes: scopes,
    };
  }
  const scopes = input.scopes.filter((s) => USER_SCOPE_OPTIONS.includes(s));
  if (input.kind === "device") {
    // A public client that only polls the token endpoint: no redirects, no secret.
    return {
      client_name: input.name,
      application_type: "native" as const,
      token_endpoint_auth_method: "none",
      grant_types: [DEVICE_CODE_GRANT, "refresh_token"],
      scope: scopes.join(" "),
    };
  }
  const postLogout = checkRedirectUris(input.postLogoutRedirectUris, uriKind).uris;
  return {
    client_name: input.name,
    application_type: uriKind,
    token_endpoint_auth_method: input.kind === "web" ? "client_secret_basic" : "none",
    grant_types: ["authorization_code", "refresh_token"],
    response_types: ["code" as const],
    redirect_uris: checkRedirectUris(input.redirectUris, uriKind).uris,
    scope: scopes.join(" "),
    require_pkce: true,
    ...(postLogout.length > 0
      ? { post_logout_redirect_uris: postLogout, enable_end_session: true }
      : {}),
  };
}

const flag = z.preprocess((v) => v === "on" || v === "true", z.boolean());

export const settingsSchema = z
  .object({
    clientId: z.string().min(1),
    native: flag,
    name: z.string().trim().min(1, "Enter a name.").max(100, "Use at most 100 characters."),
    logoUri: optionalHttpsUrl,
    clientUri: optionalHttpsUrl,
    tosUri: optionalHttpsUrl,
    policyUri: optionalHttpsUrl,
    backchannelLogoutUri: optionalHttpsUrl,
    redirectUris: z.string().default(""),
    postLogoutRedirectUris: z.string().default(""),
    scopes: z.array(z.string()).default([]),
    grantTypes: z.array(z.enum(GRANT_TYPES, { error: "Unknown grant type." })).default([]),
    skipConsent: flag,
    enableEndSession: flag,
    dpopBoundAccessTokens: flag,
    requirePkce: flag,
    idTokenClaims: flag,
    subjectType: z
      .enum(["public", "pairwise"], { error: "Choose a subject type." })
      .default("public"),
  })
  .superRefine((data, ctx) => {
    const kind: RedirectUriKind = data.native ? "native" : "web";
    const interactive = data.grantTypes.includes("authorization_code");
    const userGrant = interactive || data.grantTypes.includes(DEVICE_CODE_GRANT);
    refineUris(ctx, "redirectUris", data.redirectUris, kind, interactive);
    refineUris(ctx, "postLogoutRedirectUris", data.postLogoutRedirectUris, kind, false);
    if (data.grantTypes.length === 0) {
      ctx.addIssue({
        code: "custom",
        path: ["grantTypes"],
        message: "Choose at least one grant type.",
      });
    }
    if (data.grantTypes.includes("refresh_token") && !userGrant) {
      ctx.addIssue({
        code: "custom",
        path: ["grantTypes"],
        message: "Refresh tokens need the authorization code or device code grant.",
      });
    }
    if (data.subjectType === "pairwise") {
      const hosts = new Set(
        checkRedirectUris(data.redirectUris, kind).uris.map((u) => {
          try {
            return new URL(u).host;
          } catch {
            return u;
          }
        }),
      );
      if (hosts.size !== 1)
        ctx.addIssue({
          code: "custom",
          path: ["subjectType"],
          message:
            "Pairwise subjects need redirect URIs on exactly one host (the sector, OIDC Core §8.1).",
        });
    }
    const known = [...USER_SCOPE_OPTIONS, ...MACHINE_SCOPE_OPTIONS];
    const unknown = data.scopes.filter((s) => !known.includes(s));
    if (unknown.length)
      ctx.addIssue({
        code: "custom",
        path: ["scopes"],
        message: `Unknown scope: ${unknown.join(", ")}.`,
      });
  });
export type SettingsInput = z.infer<typeof settingsSchema>;

export const clientIdSchema = z.object({ clientId: z.string().min(1, "Unknown client.") });

export const clientStatusSchema = z.object({
  clientId: z.string().min(1),
  disabled: z.enum(["true", "false"], { error: "Choose enable or disable." }),
});

export const metadataHostSchema = z.object({
  clientId: z.string().min(1),
  blocked: z.enum(["true", "false"], { error: "Choose block or unblock." }),
});

export const deleteClientSchema = z.object({
  clientId: z.string().min(1),
  confirm: z.string(),
});
