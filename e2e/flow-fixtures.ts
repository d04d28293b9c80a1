import { expect as baseExpect } from "@playwright/test";
import { createHmac, randomUUID } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import * as oidc from "openid-client";
import postgres from "postgres";

/** Shared helpers of the interaction-page specs (sign-in, consent, two-factor, mail links). */

/**
 * `expect` with a longer assertion timeout: a submit that signs in (scrypt) and then follows the
 * provider's redirect chain can take several seconds on a busy two-core CI machine.
 */
export const expect = baseExpect.configure({ timeout: 15_000 });

export const PASSWORD = "correct-horse-battery";
export const newEmail = (prefix = "user") => `${prefix}-${randomUUID()}@example.test`;

// ---------------------------------------------------------------------------------------------
// A relying party: a real HTTP server on a free loopback port that records its callbacks.

export type RelyingParty = {
  redirectUri: string;
  /** The next callback request the RP receives (its full URL). */
  nextCallback: () => Promise<URL>;
  close: () => Promise<void>;
};

export async function startRelyingParty(): Promise<RelyingParty> {
  const received: URL[] = [];
  const waiters: ((url: URL) => void)[] = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", `http://${req.headers.host}`);
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end("<!doctype html><title>Relying party</title><main><h1>Callback reached</h1></main>");
    if (url.pathname !== "/callback") return;
    const waiter = waiters.shift();
    if (waiter) waiter(url);
    else received.push(url);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    redirectUri: `http://127.0.0.1:${port}/callback`,
    nextCallback: () => {
      const ready = received.shift();
      return ready ? Promise.resolve(ready) : new Promise((resolve) => waiters.push(resolve));
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

// ---------------------------------------------------------------------------------------------
// Client registration (RFC 7591, initial access token) and openid-client as the RP's library.

export type RegisteredClient = { client_id: string; client_secret?: string; scope?: string };

export async function registerFlowClient(
  baseURL: string,
  redirectUri: string,
  metadata: Record<string, unknown> = {},
  token: string | null = process.env.E2E_INITIAL_ACCESS_TOKEN ?? null,
  cookie?: string,
): Promise<RegisteredClient> {
  const res = await fetch(`${baseURL}/api/auth/oauth2/register`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(cookie ? { cookie, origin: baseURL } : {}),
    },
    body: JSON.stringify({
      client_name: "Flow Test App",
      application_type: "native",
      redirect_uris: [redirectUri],
      token_endpoint_auth_method: "client_secret_basic",
      grant_types: ["authorization_code", "refresh_token"],
      scope: "openid profile email offline_access organization",
      ...metadata,
    }),
  });
  if (res.status !== 201) throw new Error(`registration failed: ${res.status} ${await res.text()}`);
  return (await res.json()) as RegisteredClient;
}

export async function rpConfig(baseURL: string, client: RegisteredClient) {
  const auth = client.client_secret ? oidc.ClientSecretBasic(client.client_secret) : oidc.None();
  return oidc.discovery(new URL(`${baseURL}/api/auth`), client.client_id, undefined, auth, {
    execute: [oidc.allowInsecureRequests],
  });
}

/** An authorization request with PKCE and state, and the code exchange that goes with it. */
export async function authorization(
  config: oidc.Configuration,
  redirectUri: string,
  params: Record<string, string>,
) {
  const verifier = oidc.randomPKCECodeVerifier();
  const state = oidc.randomState();
  const url = oidc.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri,
    code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
    code_challenge_method: "S256",
    state,
    ...params,
  });
  return {
    url: url.toString(),
    state,
    redeem: (callback: URL) =>
      oidc.authorizationCodeGrant(config, callback, {
        pkceCodeVerifier: verifier,
        expectedState: state,
      }),
  };
}

// ---------------------------------------------------------------------------------------------
// HTTP-side account set-up: a tiny cookie jar that talks to Better Auth like a browser script.

export class ApiSession {
  private cookies = new Map<string, string>();
  constructor(readonly baseURL: string) {}

  cookieHeader() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  async post(path: string, body: unknown) {
    const res = await fetch(`${this.baseURL}${path}`, {
      method: "POST",
      redirect: "manual",
      headers: {
        "content-type": "application/json",
        origin: this.baseURL,
        cookie: this.cookieHeader(),
      },
      body: JSON.stringify(body),
    });
    for (const line of res.headers.getSetCookie()) {
      const [pair, ...attrs] = line.split(";");
      const i = pair.indexOf("=");
      const name = pair.slice(0, i).trim();
      const value = pair.slice(i + 1).trim();
      if (value === "" || attrs.some((a) => /max-age=0\b/i.test(a.trim()))) {
        this.cookies.delete(name);
      } else this.cookies.set(name, value);
    }
    return res;
  }

  async postOk<T = Record<string, unknown>>(path: string, body: unknown): Promise<T> {
    const res = await this.post(path, body);
    if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  }
}

export async function createUser(baseURL: string, name = "Flow User") {
  const email = newEmail();
  const session = new ApiSession(baseURL);
  const { user } = await session.postOk<{ user: { id: string } }>("/api/auth/sign-up/email", {
    name,
    email,
    password: PASSWORD,
  });
  return { id: user.id, email, name, password: PASSWORD, session };
}

// ---------------------------------------------------------------------------------------------
// TOTP (RFC 6238 / RFC 4226, SHA-1, 6 digits, 30 s) for an authenticator the test plays.

function base32Decode(input: string): Buffer {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const char of input.replace(/=+$/, "").toUpperCase()) {
    value = (value << 5) | alphabet.indexOf(char);
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

export function totp(secretBase32: string, at = Date.now()): string {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(at / 1000 / 30)));
  const mac = createHmac("sha1", base32Decode(secretBase32)).update(counter).digest();
  const offset = mac[mac.length - 1] & 0x0f;
  const code = (mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000;
  return String(code).padStart(6, "0");
}

/** Turns on two-step verification for a signed-in user; returns its secret and backup codes. */
export async function enableTotp(session: ApiSession, password: string) {
  const { totpURI, backupCodes } = await session.postOk<{
    totpURI: string;
    backupCodes: string[];
  }>("/api/auth/two-factor/enable", { password });
  const secret = new URL(totpURI).searchParams.get("secret")!;
  await session.postOk("/api/auth/two-factor/verify-totp", { code: totp(secret) });
  return { secret, backupCodes };
}

// ---------------------------------------------------------------------------------------------
// The development outbox (mail_outbox), read straight from the test database.

export async function latestMailLink(
  databaseUrl: string,
  to: string,
  subject: RegExp,
): Promise<string | undefined> {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    const rows = await sql<{ subject: string; text: string }[]>`
      select subject, text from mail_outbox where recipient = ${to} order by created_at desc`;
    const mail = rows.find((r) => subject.test(r.subject));
    return mail?.text.match(/https?:\/\/\S+/)?.[0];
  } finally {
    await sql.end();
  }
}

export const databaseUrl = () => {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error("E2E_DATABASE_URL is not set (e2e/global-setup.ts exports it)");
  return url;
};

/**
 * A protected resource linked to a client. Test set-up straight in the database: the plugin's
 * resource administration endpoints are server-only (DESIGN.md fact 8).
 */
export async function linkResource(
  databaseUrl: string,
  clientId: string,
  resource: { identifier: string; name: string },
) {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    await sql`insert into oauth_resource (id, identifier, name, created_at, updated_at)
      values (${randomUUID()}, ${resource.identifier}, ${resource.name}, now(), now())
      on conflict (identifier) do nothing`;
    await sql`insert into oauth_client_resource (id, client_id, resource_id, created_at)
      values (${randomUUID()}, ${clientId}, ${resource.identifier}, now())`;
  } finally {
    await sql.end();
  }
}
