"use server";

import { getClientDetails } from "@/db/queries/clients";
import { mergeClientMetadata, setClientFlags } from "@/db/writes/clients";
import { adminAction, redirectTo, refuse } from "@/lib/action";
import { auth } from "@/lib/auth";
import { ID_TOKEN_CLAIMS_METADATA } from "@/lib/oauth/id-token-claims";
import { env } from "@/lib/env";
import { checkRedirectUris } from "@/lib/oauth/redirect-uris";
import { isMachineScope } from "@/lib/oauth/scopes";
import {
  createClientBody,
  newClientSchema,
  settingsSchema,
  type CreateClientState,
} from "./schemas";

const clientPath = (clientId: string) => `/admin/clients/${encodeURIComponent(clientId)}`;

/** Creates a client; the state carries its secret once, for the form to show. */
export const createClient = adminAction<typeof newClientSchema, CreateClientState>(
  newClientSchema,
  async (input, ctx) => {
    const created = await auth.api.adminCreateOAuthClient({
      headers: ctx.headers,
      body: createClientBody(input),
    });
    await ctx.audit({
      type: "client.created",
      target: { type: "client", id: created.client_id, label: input.name },
      details: { kind: input.kind, scopes: input.scopes },
    });
    ctx.revalidate("/admin/clients");
    return {
      ok: true,
      created: {
        clientId: created.client_id,
        clientSecret: created.client_secret,
        name: input.name,
      },
    };
  },
  { lists: ["scopes"] },
);

export const updateClientSettings = adminAction(
  settingsSchema,
  async (input, ctx) => {
    const client = await getClientDetails(input.clientId);
    if (!client) refuse("This client no longer exists.");
    if (input.subjectType === "pairwise" && !env.PAIRWISE_SECRET)
      refuse("Pairwise subjects need PAIRWISE_SECRET on the server.", {
        subjectType: "Set PAIRWISE_SECRET to offer pairwise subjects.",
      });
    const kind = input.native ? "native" : "web";
    const redirectUris = checkRedirectUris(input.redirectUris, kind).uris;
    const postLogout = checkRedirectUris(input.postLogoutRedirectUris, kind).uris;
    await auth.api.adminUpdateOAuthClient({
      headers: ctx.headers,
      body: {
        client_id: input.clientId,
        update: {
          client_name: input.name,
          logo_uri: input.logoUri ?? "",
          client_uri: input.clientUri ?? "",
          tos_uri: input.tosUri ?? "",
          policy_uri: input.policyUri ?? "",
          ...(input.backchannelLogoutUri
            ? { backchannel_logout_uri: input.backchannelLogoutUri }
            : {}),
          // The plugin refuses empty lists; emptying is a direct write below.
          ...(redirectUris.length ? { redirect_uris: redirectUris } : {}),
          ...(postLogout.length ? { post_logout_redirect_uris: postLogout } : {}),
          scope: input.scopes.join(" "),
          grant_types: input.grantTypes,
          client_credentials_scopes: input.grantTypes.includes("client_credentials")
            ? input.scopes.filter(isMachineScope)
            : [],
          skip_consent: input.skipConsent,
          enable_end_session: input.enableEndSession,
          dpop_bound_access_tokens: input.dpopBoundAccessTokens,
        },
      },
    });
    await setClientFlags(input.clientId, {
      requirePkce: input.requirePkce,
      subjectType: input.subjectType,
      clearRedirectUris: redirectUris.length === 0 && client.redirectUris.length > 0,
      clearPostLogoutRedirectUris:
        postLogout.length === 0 && (client.postLogoutRedirectUris ?? []).length > 0,
    });
    await mergeClientMetadata(input.clientId, { [ID_TOKEN_CLAIMS_METADATA]: input.idTokenClaims });
    await ctx.audit({
      type: "client.updated",
      target: { type: "client", id: input.clientId, label: input.name },
      details: {
        scopes: input.scopes,
        grant_types: input.grantTypes,
        subject_type: input.subjectType,
      },
    });
    ctx.revalidate("/admin/clients");
    ctx.revalidate(clientPath(input.clientId));
    return redirectTo(`${clientPath(input.clientId)}?saved=1`);
  },
  { lists: ["scopes", "grantTypes"] },
);
