import * as oidc from "openid-client";
import postgres from "postgres";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { Browser, codeFlow, relyingParty, signUp, type User } from "./helpers";

/** A relying party that reads only the ID token (as Auth.js's generic OIDC provider does). */
describe("claims of the granted scopes in the ID token", () => {
  const browser = new Browser();
  let user: User & { id: string };

  beforeAll(async () => {
    user = await signUp(browser, {
      email: `id-token-${Date.now()}@example.test`,
      password: "correct-horse-battery",
      name: "Ida Token",
    });
  });

  it("carries name and email for profile and email, read by openid-client from the ID token", async () => {
    const { config } = await relyingParty();
    const { tokens } = await codeFlow(config, browser, { consent: "accept" });
    const claims = tokens.claims()!;
    expect(claims).toMatchObject({
      sub: user.id,
      name: "Ida Token",
      given_name: "Ida",
      family_name: "Token",
      email: user.email,
      email_verified: false,
    });
    // The same values as UserInfo.
    const userinfo = await oidc.fetchUserInfo(config, tokens.access_token, user.id);
    expect(userinfo).toMatchObject({ name: claims.name, email: claims.email });
  });

  it("carries only the granted scopes' claims", async () => {
    const { config } = await relyingParty();
    const { tokens } = await codeFlow(
      config,
      browser,
      { consent: "accept" },
      { scope: "openid email" },
    );
    const claims = tokens.claims()!;
    expect(claims.email).toBe(user.email);
    expect(claims).not.toHaveProperty("name");
  });

  it("leaves them to UserInfo for a client switched to UserInfo only", async () => {
    const { config, client } = await relyingParty();
    // What the console's "Profile and email claims in the ID token" switch stores.
    const sql = postgres(inject("databaseUrl"), { max: 1, onnotice: () => {} });
    await sql`update oauth_client set metadata = ${sql.json({ id_token_claims: false })}
              where client_id = ${client.client_id}`;
    await sql.end();
    const { tokens } = await codeFlow(config, browser, { consent: "accept" });
    const claims = tokens.claims()!;
    expect(claims.sub).toBe(user.id);
    expect(claims).not.toHaveProperty("name");
    expect(claims).not.toHaveProperty("email");
    const userinfo = await oidc.fetchUserInfo(config, tokens.access_token, user.id);
    expect(userinfo).toMatchObject({ name: "Ida Token", email: user.email });
  });
});
