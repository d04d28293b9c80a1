import { createHmac, randomUUID } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, type APIRequestContext, type BrowserContext } from "@playwright/test";
import * as oidc from "openid-client";
import postgres from "postgres";

export const PASSWORD = "correct-horse-battery";

export const baseUrl = () => {
  const url = process.env.E2E_BASE_URL;
  if (!url) throw new Error("E2E_BASE_URL is not set: run through playwright test");
  return url;
};

export type TestUser = { id: string; name: string; email: string; password: string };

/** Better Auth checks the Origin of cookie-authenticated writes, as a browser would send it. */
const jsonPost = (request: APIRequestContext, path: string, data: unknown) =>
  request.post(path, { data, headers: { origin: baseUrl() } });

/** Signs a fresh, unique user up through the API; the context's cookies hold their session. */
export async function signUpUser(
  context: BrowserContext,
  name = "Account Tester",
): Promise<TestUser> {
  const user = { name, email: `account-${randomUUID()}@example.test`, password: PASSWORD };
  const res = await jsonPost(context.request, "/api/auth/sign-up/email", user);
  expect(res.status(), await res.text()).toBe(200);
  const body = (await res.json()) as { user: { id: string } };
  return { ...user, id: body.user.id };
}

/** Signs an existing user in within another context (another device). */
export async function signInUser(
  context: BrowserContext,
  user: Pick<TestUser, "email" | "password">,
) {
  const res = await jsonPost(context.request, "/api/auth/sign-in/email", {
    email: user.email,
    password: user.password,
  });
  expect(res.status(), await res.text()).toBe(200);
}

export async function apiPost(context: BrowserContext, path: string, data: unknown) {
  const res = await jsonPost(context.request, path, data);
  expect(res.ok(), `${path}: ${res.status()} ${await res.text()}`).toBe(true);
  return res.json();
}

/**
 * A loopback redirect URI served by a tiny HTTP server, as a native app would run one
 * (RFC 8252). `next()` resolves with the URL of the next request it receives.
 */
export async function loopbackReceiver() {
  let waiting: ((url: URL) => void) | undefined;
  const received: URL[] = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", `http://127.0.0.1:${port}`);
    res.writeHead(200, { "content-type": "text/plain" }).end("You can close this window.");
    if (waiting) {
      waiting(url);
      waiting = undefined;
    } else received.push(url);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    redirectUri: `http://127.0.0.1:${port}/callback`,
    next: () =>
      new Promise<URL>((resolve) => {
        const early = received.shift();
        if (early) resolve(early);
        else waiting = resolve;
      }),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type TestClient = { client_id: string; client_secret: string; client_name: string };

/** RFC 7591 registration with the initial access token: a native app on a loopback URI. */
export async function registerClient(redirectUri: string, clientName: string): Promise<TestClient> {
  const res = await fetch(`${baseUrl()}/api/auth/oauth2/register`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      authorization: `Bearer ${process.env.E2E_INITIAL_ACCESS_TOKEN}`,
    },
    body: JSON.stringify({
      client_name: clientName,
      application_type: "native",
      redirect_uris: [redirectUri],
      token_endpoint_auth_method: "client_secret_basic",
      grant_types: ["authorization_code", "refresh_token"],
      scope: "openid profile email offline_access",
    }),
  });
  expect(res.status, await res.clone().text()).toBe(201);
  return { ...((await res.json()) as Omit<TestClient, "client_name">), client_name: clientName };
}

/** openid-client configured from discovery, as a relying party would. */
export function rpConfig(client: TestClient) {
  return oidc.discovery(
    new URL(`${baseUrl()}/api/auth`),
    client.client_id,
    undefined,
    oidc.ClientSecretBasic(client.client_secret),
    { execute: [oidc.allowInsecureRequests] },
  );
}

/** An authorization request with PKCE and state; `redeem` exchanges the code it returns. */
export async function authorizationRequest(
  config: oidc.Configuration,
  redirectUri: string,
  scope: string,
) {
  const verifier = oidc.randomPKCECodeVerifier();
  const state = oidc.randomState();
  const url = oidc.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri,
    scope,
    state,
    code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
    code_challenge_method: "S256",
  });
  const redeem = (callback: URL) =>
    oidc.authorizationCodeGrant(config, callback, {
      pkceCodeVerifier: verifier,
      expectedState: state,
    });
  return { url, redeem };
}

const BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

function base32Decode(input: string): Buffer {
  let bits = "";
  for (const char of input.replace(/=+$/, "").toUpperCase()) {
    const value = BASE32.indexOf(char);
    if (value < 0) throw new Error(`not base32: ${char}`);
    bits += value.toString(2).padStart(5, "0");
  }
  const bytes = bits.match(/.{8}/g) ?? [];
  return Buffer.from(bytes.map((b) => parseInt(b, 2)));
}

/** RFC 6238 TOTP (HMAC-SHA1, 30-second steps, 6 digits) for a base32 secret. */
export function totp(secret: string, now = Date.now()): string {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(now / 1000 / 30)));
  const mac = createHmac("sha1", base32Decode(secret)).update(counter).digest();
  const offset = mac[mac.length - 1] & 0x0f;
  const code = (mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000;
  return code.toString().padStart(6, "0");
}

/**
 * The link in the newest mail to `recipient` in the development outbox (lib/mail.ts writes
 * there when no SMTP_URL is set), polling until it arrives.
 */
export async function latestMailLink(recipient: string): Promise<string> {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error("E2E_DATABASE_URL is not set: run through playwright test");
  const sql = postgres(url, { max: 1 });
  try {
    let link: string | undefined;
    await expect
      .poll(async () => {
        const [row] = await sql<{ text: string }[]>`
          select text from mail_outbox where recipient = ${recipient}
          order by created_at desc limit 1`;
        link = row?.text.match(/https?:\/\/\S+/)?.[0];
        return link;
      })
      .toBeTruthy();
    return link!;
  } finally {
    await sql.end();
  }
}
