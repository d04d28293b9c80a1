import { randomUUID } from "node:crypto";
import * as oidc from "openid-client";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { register, rpConfig } from "./helpers";

/**
 * A resource server registered with RFC 7591 (`resource_server_for`) introspects its callers'
 * tokens with its own credentials, as Apache mod_oauth2 does (issue 9).
 */
describe("a resource server with its own credentials", () => {
  const sql = postgres(inject("databaseUrl"), { max: 1, onnotice: () => {} });
  const identifier = `https://inventory-${randomUUID().slice(0, 8)}.example.test`;
  let caller: { config: oidc.Configuration; clientId: string };

  const machine = async (metadata: Record<string, unknown>) =>
    register({ grant_types: ["client_credentials"], scope: "api:read", ...metadata });

  beforeAll(async () => {
    // Resources are created in the console (the plugin's resource API is server-only).
    await sql`insert into oauth_resource (id, identifier, name, created_at, updated_at)
              values (${randomUUID()}, ${identifier}, 'Inventory API', now(), now())`;
    const res = await machine({ client_name: "Inventory caller" });
    const client = (await res.json()) as { client_id: string; client_secret: string };
    await sql`insert into oauth_client_resource (id, client_id, resource_id, created_at)
              values (${randomUUID()}, ${client.client_id}, ${identifier}, now())`;
    caller = { config: await rpConfig(client), clientId: client.client_id };
  });

  afterAll(async () => {
    await sql.end();
  });

  it("registers with resource_server_for and introspects tokens for its resource", async () => {
    const res = await machine({ client_name: "Inventory API", resource_server_for: [identifier] });
    expect(res.status).toBe(201);
    const server = (await res.json()) as {
      client_id: string;
      client_secret: string;
      resource_server_for?: string[];
    };
    expect(server.resource_server_for).toEqual([identifier]);
    const asServer = await rpConfig(server);

    const forApi = await oidc.clientCredentialsGrant(caller.config, {
      scope: "api:read",
      resource: identifier,
    });
    expect(await oidc.tokenIntrospection(asServer, forApi.access_token)).toMatchObject({
      active: true,
      aud: identifier,
      client_id: caller.clientId,
      sub: caller.clientId,
    });
    // A token without resource has no audience: the resource server learns nothing.
    const opaque = await oidc.clientCredentialsGrant(caller.config, { scope: "api:read" });
    expect((await oidc.tokenIntrospection(asServer, opaque.access_token)).active).toBe(false);
  });

  it("refuses an unknown resource and keeps no client", async () => {
    const name = `Unknown RS ${randomUUID()}`;
    const res = await machine({
      client_name: name,
      resource_server_for: ["https://nowhere.example.test"],
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: "invalid_client_metadata" });
    const left = await sql`select 1 from oauth_client where name = ${name}`;
    expect(left).toHaveLength(0);
  });
});
