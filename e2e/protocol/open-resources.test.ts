import { randomUUID } from "node:crypto";
import { decodeJwt } from "jose";
import * as oidc from "openid-client";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import {
  Browser,
  CALLBACK,
  authorizationRequest,
  codeFlow,
  newUser,
  relyingParty,
  signUp,
  type User,
} from "./helpers";

/**
 * Resources open to every client (docs/library-facts.md#fact-80): any client may request them
 * with `resource=`; the others still need an admin's link (RFC 8707 `invalid_target`).
 */
describe("resources open to every client", () => {
  const sql = postgres(inject("databaseUrl"), { max: 1, onnotice: () => {} });
  const tag = randomUUID().slice(0, 8);
  const open = `https://open-${tag}.example.test/mcp`;
  const closed = `https://closed-${tag}.example.test/mcp`;
  const browser = new Browser();
  let user: User;

  beforeAll(async () => {
    for (const identifier of [open, closed]) {
      await sql`insert into oauth_resource (id, identifier, name, created_at, updated_at)
        values (${randomUUID()}, ${identifier}, ${`Resource ${identifier}`}, now(), now())`;
    }
    await sql`insert into open_resource (resource_id) values (${open})`;
    user = await signUp(browser, newUser());
  });
  afterAll(async () => {
    await sql`delete from oauth_resource where identifier in ${sql([open, closed])}`;
    await sql.end();
  });

  const machine = () =>
    relyingParty({
      grant_types: ["client_credentials"],
      redirect_uris: undefined,
      scope: "api:read",
    });

  it("gives an unlinked machine client a JWT for the open resource and refuses the closed one", async () => {
    const { client, config } = await machine();
    const tokens = await oidc.clientCredentialsGrant(config, { scope: "api:read", resource: open });
    const claims = decodeJwt(tokens.access_token);
    expect(claims.aud).toBe(open);
    expect(claims.client_id).toBe(client.client_id);

    await expect(
      oidc.clientCredentialsGrant(config, { scope: "api:read", resource: closed }),
    ).rejects.toMatchObject({ error: "invalid_target" });
  });

  it("lets an unlinked client run the code flow for the open resource", async () => {
    const { config } = await relyingParty();
    const { tokens } = await codeFlow(
      config,
      browser,
      { user, consent: "accept" },
      { resource: open, scope: "openid offline_access" },
    );
    const aud = decodeJwt(tokens.access_token).aud;
    expect(Array.isArray(aud) ? aud : [aud]).toContain(open);
  });

  it("keeps the closed resource on the portal's error page at the authorization endpoint", async () => {
    const { config } = await relyingParty();
    const { url } = await authorizationRequest(config, {
      redirect_uri: CALLBACK,
      resource: closed,
    });
    const res = await browser.get(url.toString());
    expect(res.status).toBe(302);
    const location = new URL(res.headers.get("location")!);
    expect(location.pathname).toBe("/error");
    expect(location.searchParams.get("error")).toBe("invalid_target");
  });

  it("still honours an admin's link to a closed resource", async () => {
    const { client, config } = await machine();
    await sql`insert into oauth_client_resource (id, client_id, resource_id, created_at)
      values (${randomUUID()}, ${client.client_id}, ${closed}, now())`;
    const tokens = await oidc.clientCredentialsGrant(config, {
      scope: "api:read",
      resource: closed,
    });
    expect(decodeJwt(tokens.access_token).aud).toBe(closed);
  });
});
