import { randomUUID } from "node:crypto";
import * as oidc from "openid-client";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { Browser, INITIAL_ACCESS_TOKEN, baseUrl, issuer, register, signUp } from "./helpers";

/**
 * A resource server registered through RFC 7591 with `resource_server_for` (README "Connecting
 * your app" › resource server): openid-client registers it with the initial access token and then
 * introspects, with the API's own credentials, a token another client obtained for the resource.
 * The field is an admin's grant: without the initial access token, or naming a resource that does
 * not exist, the registration is 400 `invalid_client_metadata` and nothing is stored.
 */
const MACHINE = {
  grant_types: ["client_credentials"],
  token_endpoint_auth_method: "client_secret_basic",
};

const sql = postgres(inject("databaseUrl"), { max: 2, onnotice: () => {} });
const identifier = `https://api-${randomUUID().slice(0, 8)}.example.test`;
const unique = (name: string) => `${name} ${randomUUID().slice(0, 8)}`;

/** openid-client's own RFC 7591 registration, as a deployment script would run it. */
const registerWithOpenidClient = (metadata: Record<string, unknown>) =>
  oidc.dynamicClientRegistration(
    new URL(issuer()),
    { ...MACHINE, ...metadata },
    oidc.ClientSecretBasic(),
    { initialAccessToken: INITIAL_ACCESS_TOKEN, execute: [oidc.allowInsecureRequests] },
  );

const clientsNamed = async (name: string) =>
  (await sql`select count(*)::int as n from oauth_client where name = ${name}`)[0]!.n as number;

beforeAll(async () => {
  // The protected resource, as the console's "Create resource" stores it.
  await sql`insert into oauth_resource (id, identifier, name, created_at, updated_at)
            values (${randomUUID()}, ${identifier}, 'Inventory API', now(), now())`;
});
afterAll(async () => {
  await sql`delete from oauth_resource where identifier = ${identifier}`;
  await sql.end();
});

describe("resource servers registered with resource_server_for", () => {
  it("introspect, with their own credentials, the tokens other clients got for their resource", async () => {
    const caller = await registerWithOpenidClient({ client_name: unique("Caller") });
    // The caller may request tokens for the resource (the console's "Link" on the resource page).
    await sql`insert into oauth_client_resource (id, client_id, resource_id, created_at)
              values (${randomUUID()}, ${caller.clientMetadata().client_id}, ${identifier}, now())`;
    const server = await registerWithOpenidClient({
      client_name: unique("Inventory server"),
      resource_server_for: [identifier],
    });
    expect(server.clientMetadata().resource_server_for).toEqual([identifier]);
    const stranger = await registerWithOpenidClient({ client_name: unique("Stranger") });

    const { access_token } = await oidc.clientCredentialsGrant(caller, {
      scope: "api:read",
      resource: identifier,
    });
    const callerId = caller.clientMetadata().client_id;
    expect(await oidc.tokenIntrospection(server, access_token)).toMatchObject({
      active: true,
      aud: identifier,
      client_id: callerId,
      sub: callerId,
    });
    // A client that does not serve the resource learns nothing.
    expect(await oidc.tokenIntrospection(stranger, access_token)).toEqual({ active: false });
    // The link is the console's: the resource's page lists the server among its clients.
    const links = await sql`select client_id from oauth_client_resource
                            where resource_id = ${identifier} order by client_id`;
    expect(links.map((l) => l.client_id).sort()).toEqual(
      [callerId, server.clientMetadata().client_id].sort(),
    );
  });

  it("refuses an unknown resource with invalid_client_metadata and stores nothing", async () => {
    const name = unique("Unknown API server");
    const res = await register({
      ...MACHINE,
      client_name: name,
      resource_server_for: [identifier, "https://nowhere.example.test"],
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({
      error: "invalid_client_metadata",
      error_description: expect.stringContaining("https://nowhere.example.test"),
    });
    expect(await clientsNamed(name)).toBe(0);
  });

  it("refuses a value that is not a list of identifiers", async () => {
    for (const value of [identifier, [42], [""], {}]) {
      const res = await register({ ...MACHINE, resource_server_for: value });
      expect(res.status).toBe(400);
      expect((await res.json()).error).toBe("invalid_client_metadata");
    }
  });

  it("is an admin's grant: a registration without the initial access token may not carry it", async () => {
    // A signed-in user's registration (the library decides whether it may register at all):
    // never as a resource server.
    const browser = new Browser(baseUrl());
    await signUp(browser);
    const web = {
      client_name: unique("User app"),
      redirect_uris: ["https://app.example.test/cb"],
      token_endpoint_auth_method: "client_secret_basic",
    };
    const refused = await browser.post("/api/auth/oauth2/register", {
      ...web,
      resource_server_for: [identifier],
    });
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({
      error: "invalid_client_metadata",
      error_description: expect.stringContaining("initial access token"),
    });
    expect(await clientsNamed(web.client_name)).toBe(0);
    // Without any credentials: refused the same way, before the library's own 401.
    const anonymous = await register({ ...MACHINE, resource_server_for: [identifier] }, null);
    expect(anonymous.status).toBe(400);
  });
});
