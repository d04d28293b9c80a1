"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getClientDetails, setClientFlags } from "@/db/queries/clients";
import { formValues, invalid, type ActionState } from "@/lib/action";
import { apiErrorMessage } from "@/lib/api-error";
import { recordAudit } from "@/lib/audit";
import { auth } from "@/lib/auth";
import { checkRedirectUris } from "@/lib/oauth/redirect-uris";
import { isMachineScope } from "@/lib/oauth/scopes";
import { requireAdmin } from "@/lib/session";
import {
  createClientBody,
  formObject,
  keepLists,
  newClientSchema,
  settingsSchema,
  type CreateClientState,
} from "./schemas";

/** Creates a client; the state carries its secret once, for the form to show. */
export async function createClient(
  _prev: CreateClientState,
  formData: FormData,
): Promise<CreateClientState> {
  const session = await requireAdmin();
  const parsed = newClientSchema.safeParse(formObject(formData, ["scopes"]));
  if (!parsed.success) return keepLists(invalid(parsed.error, formData), formData, ["scopes"]);
  const h = await headers();
  let created: { client_id: string; client_secret?: string };
  try {
    created = await auth.api.adminCreateOAuthClient({
      headers: h,
      body: createClientBody(parsed.data),
    });
  } catch (error) {
    const message = apiErrorMessage(error);
    if (!message) throw error;
    return keepLists({ ok: false, message, values: formValues(formData) }, formData, ["scopes"]);
  }
  await recordAudit({
    type: "client.created",
    actor: { id: session.user.id, email: session.user.email },
    target: { type: "client", id: created.client_id, label: parsed.data.name },
    headers: h,
    details: { kind: parsed.data.kind, scopes: parsed.data.scopes },
  });
  revalidatePath("/admin/clients");
  return {
    ok: true,
    created: {
      clientId: created.client_id,
      clientSecret: created.client_secret,
      name: parsed.data.name,
    },
  };
}

export async function updateClientSettings(
  _prev: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const session = await requireAdmin();
  const lists = ["scopes", "grant_types"];
  const parsed = settingsSchema.safeParse(formObject(formData, lists));
  if (!parsed.success) return keepLists(invalid(parsed.error, formData), formData, lists);
  const data = parsed.data;
  const client = await getClientDetails(data.client_id);
  if (!client) return { ok: false, message: "This client no longer exists." };
  const kind = data.native ? "native" : "web";
  const redirectUris = checkRedirectUris(data.redirect_uris, kind).uris;
  const postLogout = checkRedirectUris(data.post_logout_redirect_uris, kind).uris;
  const h = await headers();
  try {
    await auth.api.adminUpdateOAuthClient({
      headers: h,
      body: {
        client_id: data.client_id,
        update: {
          client_name: data.name,
          logo_uri: data.logo_uri ?? "",
          client_uri: data.client_uri ?? "",
          tos_uri: data.tos_uri ?? "",
          policy_uri: data.policy_uri ?? "",
          ...(data.backchannel_logout_uri
            ? { backchannel_logout_uri: data.backchannel_logout_uri }
            : {}),
          // The plugin refuses empty lists; emptying is a direct write below.
          ...(redirectUris.length ? { redirect_uris: redirectUris } : {}),
          ...(postLogout.length ? { post_logout_redirect_uris: postLogout } : {}),
          scope: data.scopes.join(" "),
          grant_types: data.grant_types,
          client_credentials_scopes: data.grant_types.includes("client_credentials")
            ? data.scopes.filter(isMachineScope)
            : [],
          skip_consent: data.skip_consent,
          enable_end_session: data.enable_end_session,
          dpop_bound_access_tokens: data.dpop_bound_access_tokens,
        },
      },
    });
  } catch (error) {
    const message = apiErrorMessage(error);
    if (!message) throw error;
    return keepLists({ ok: false, message, values: formValues(formData) }, formData, lists);
  }
  await setClientFlags(data.client_id, {
    requirePkce: data.require_pkce,
    clearRedirectUris: redirectUris.length === 0 && client.redirectUris.length > 0,
    clearPostLogoutRedirectUris:
      postLogout.length === 0 && (client.postLogoutRedirectUris ?? []).length > 0,
  });
  await recordAudit({
    type: "client.updated",
    actor: { id: session.user.id, email: session.user.email },
    target: { type: "client", id: data.client_id, label: data.name },
    headers: h,
    details: { scopes: data.scopes, grant_types: data.grant_types },
  });
  revalidatePath("/admin/clients");
  revalidatePath(`/admin/clients/${data.client_id}`);
  redirect(`/admin/clients/${encodeURIComponent(data.client_id)}?saved=1`);
}
