import * as jose from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Browser, CALLBACK, codeFlow, newUser, signUp } from "./helpers";
import { registerTestClient, rpConfig, testClientMetadata } from "./oauth-client";
import { INITIAL_ACCESS_TOKEN } from "./global-setup";
import { startOwnServer, type OwnServer } from "./own-server";

/**
 * Signing keys retire (issue 11, docs/library-facts.md#fact-74): a key that stopped signing stays
 * in the JWKS for SIGNING_KEY_GRACE_SECONDS and keeps verifying what it signed; after that it
 * leaves the JWKS and nothing verifies with it. The clock is moved by writing the key's
 * `expires_at` (when it stopped signing) as rotation and time would; the server re-reads keys on
 * every request here (SIGNING_KEY_CACHE_SECONDS=0).
 */
const GRACE_SECONDS = 3600;
let own: OwnServer;

beforeAll(async () => {
  own = await startOwnServer("gatehouse_keys", {
    SIGNING_KEY_CACHE_SECONDS: "0",
    SIGNING_KEY_GRACE_SECONDS: String(GRACE_SECONDS),
  });
});

afterAll(async () => {
  await own?.stop();
});

async function idToken(config: Awaited<ReturnType<typeof rpConfig>>, browser: Browser) {
  const { tokens } = await codeFlow(config, browser, { consent: "accept" });
  expect(tokens.id_token).toBeTruthy();
  return tokens.id_token!;
}

const publishedKids = async () => {
  const res = await fetch(`${own.base}/api/auth/jwks`);
  expect(res.status).toBe(200);
  return ((await res.json()) as { keys: { kid: string }[] }).keys.map((k) => k.kid);
};

describe("signing key retirement", () => {
  it("a rotated key verifies during its grace period; once retired it leaves the JWKS and no longer verifies", async () => {
    const client = await registerTestClient(
      own.base,
      { client_name: "Key retirement RP", ...testClientMetadata(CALLBACK) },
      INITIAL_ACCESS_TOKEN,
    );
    const config = await rpConfig(client, own.base);
    const browser = new Browser(own.base);
    await signUp(browser, newUser());

    const first = await idToken(config, browser);
    const oldKid = jose.decodeProtectedHeader(first).kid!;

    // The key stops signing now, as a rotation makes it: the next token is signed by a new key.
    await own.sql`update jwks set expires_at = now() where id = ${oldKid}`;
    const second = await idToken(config, browser);
    const newKid = jose.decodeProtectedHeader(second).kid!;
    expect(newKid).not.toBe(oldKid);

    const verify = (token: string) =>
      jose.jwtVerify(token, jose.createRemoteJWKSet(new URL(`${own.base}/api/auth/jwks`)), {
        issuer: `${own.base}/api/auth`,
        audience: client.client_id,
      });
    // In its grace period: published, and its tokens verify with an independent verifier.
    expect(await publishedKids()).toEqual(expect.arrayContaining([oldKid, newKid]));
    expect((await verify(first)).protectedHeader.kid).toBe(oldKid);

    // The grace period is over: it stopped signing longer ago than SIGNING_KEY_GRACE_SECONDS.
    await own.sql`update jwks set expires_at = now() - make_interval(secs => ${GRACE_SECONDS + 1})
      where id = ${oldKid}`;
    const kids = await publishedKids();
    expect(kids).toContain(newKid);
    expect(kids).not.toContain(oldKid);
    await expect(verify(first)).rejects.toBeInstanceOf(jose.errors.JWKSNoMatchingKey);
    expect((await verify(second)).protectedHeader.kid).toBe(newKid);
  });
});
