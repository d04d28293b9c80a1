"use server";

import { getClientDetails, type ClientDetails } from "@/db/queries/clients";
import { setClientFlags } from "@/db/writes/clients";
import { adminAction, redirectTo, refuse } from "@/lib/action";
import { auth } from "@/lib/auth";
import { asClientOwner } from "./owner";
import {
  clientIdSchema,
  clientStatusSchema,
  deleteClientSchema,
  type RotateSecretState,
} from "./schemas";

const clientPath = (clientId: string) => `/admin/clients/${encodeURIComponent(clientId)}`;
const target = (client: ClientDetails) => ({
  type: "client",
  id: client.clientId,
  label: client.name,
});

async function existingClient(clientId: string) {
  return (await getClientDetails(clientId)) ?? refuse("This client no longer exists.");
}

/** Issues a new secret (the old one stops working at once); the state shows it once. */
export const rotateClientSecret = adminAction<typeof clientIdSchema, RotateSecretState>(
  clientIdSchema,
  async (input, ctx) => {
    const client = await existingClient(input.clientId);
    const rotated = await asClientOwner(client, ctx.headers, (owner) =>
      auth.api.rotateClientSecret({ headers: owner, body: { client_id: client.clientId } }),
    );
    await ctx.audit({ type: "client.secret_rotated", target: target(client) });
    ctx.revalidate(clientPath(client.clientId));
    return { ok: true, secret: rotated.client_secret };
  },
);

/** Disables or re-enables a client (see setClientFlags for why this is a direct write). */
export const setClientStatus = adminAction(clientStatusSchema, async (input, ctx) => {
  const client = await existingClient(input.clientId);
  const disabled = input.disabled === "true";
  await setClientFlags(client.clientId, { disabled });
  await ctx.audit({
    type: disabled ? "client.disabled" : "client.enabled",
    target: target(client),
  });
  ctx.revalidate("/admin/clients");
  ctx.revalidate(clientPath(client.clientId));
  return { ok: true, message: disabled ? "Client disabled." : "Client enabled." };
});

/** Deletes a client after the admin typed its name. */
export const deleteClient = adminAction(deleteClientSchema, async (input, ctx) => {
  const client = await existingClient(input.clientId);
  const expected = client.name ?? client.clientId;
  if (input.confirm.trim() !== expected) {
    refuse("Check the highlighted fields.", { confirm: `Type ${expected} exactly to confirm.` });
  }
  await asClientOwner(client, ctx.headers, (owner) =>
    auth.api.deleteOAuthClient({ headers: owner, body: { client_id: client.clientId } }),
  );
  await ctx.audit({ type: "client.deleted", target: target(client) });
  ctx.revalidate("/admin/clients");
  return redirectTo("/admin/clients");
});
