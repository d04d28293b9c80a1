import { randomUUID } from "node:crypto";
import { request as httpRequest } from "node:http";
import * as oidc from "openid-client";
import { inject } from "vitest";
import { ADMIN, INITIAL_ACCESS_TOKEN } from "./global-setup";
import { HttpSession } from "./http-session";
import {
  postRegistration,
  registerTestClient,
  rpConfig as discover,
  testClientMetadata,
  type RegisteredClient,
} from "./oauth-client";

export const baseUrl = () => inject("baseUrl");
export const issuer = () => `${baseUrl()}/api/auth`;
export { ADMIN, INITIAL_ACCESS_TOKEN };
export type { RegisteredClient };

/** A minimal browser: a cookie jar, no automatic redirects, same-origin `Origin` on writes. */
export class Browser extends HttpSession {
  constructor(base: string = baseUrl()) {
    super(base);
  }

  /**
   * A top-level navigation. Node's fetch always sends `Sec-Fetch-Mode: cors`, which makes the
   * provider answer as it does to a script (JSON), so navigations go through node:http.
   */
  async get(url: string, headers: Record<string, string> = {}) {
    const target = new URL(url, this.base);
    const res = await new Promise<Response>((resolve, reject) => {
      const req = httpRequest(
        target,
        {
          headers: {
            cookie: this.cookieHeader(),
            accept: "text/html,application/xhtml+xml",
            "sec-fetch-mode": "navigate",
            "sec-fetch-dest": "document",
            ...headers,
          },
        },
        (incoming) => {
          const chunks: Buffer[] = [];
          incoming.on("data", (c: Buffer) => chunks.push(c));
          incoming.on("end", () => {
            const h = new Headers();
            for (const [k, v] of Object.entries(incoming.headers)) {
              for (const item of Array.isArray(v) ? v : v === undefined ? [] : [v])
                h.append(k, item);
            }
            const status = incoming.statusCode ?? 500;
            const body = [101, 204, 205, 304].includes(status) ? null : Buffer.concat(chunks);
            resolve(new Response(body, { status, headers: h }));
          });
          incoming.on("error", reject);
        },
      );
      req.on("error", reject);
      req.end();
    });
    this.store(res);
    return res;
  }
}

export type User = { email: string; password: string; name: string };

export function newUser(): User {
  return {
    email: `user-${randomUUID()}@example.test`,
    password: "correct-horse-battery",
    name: "Test User",
  };
}

export async function signUp(browser: Browser, user: User = newUser()) {
  const res = await browser.post("/api/auth/sign-up/email", user);
  if (!res.ok) throw new Error(`sign-up failed: ${res.status} ${await res.text()}`);
  const body = (await res.json()) as { user: { id: string } };
  return { ...user, id: body.user.id };
}

export async function signIn(browser: Browser, user: Pick<User, "email" | "password">) {
  const res = await browser.post("/api/auth/sign-in/email", user);
  if (!res.ok) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
  return res;
}

/** RFC 7591 registration with the initial access token. */
export async function register(
  metadata: Record<string, unknown>,
  token: string | null = INITIAL_ACCESS_TOKEN,
) {
  return postRegistration(baseUrl(), metadata, token);
}

export const CALLBACK = "http://127.0.0.1:9876/callback";

export async function registerClient(
  metadata: Record<string, unknown> = {},
): Promise<RegisteredClient> {
  return registerTestClient(
    baseUrl(),
    { client_name: "Test RP", ...testClientMetadata(CALLBACK), ...metadata },
    INITIAL_ACCESS_TOKEN,
  );
}

/** openid-client configured from discovery, as any relying party would. */
export const rpConfig = (
  client: Pick<RegisteredClient, "client_id" | "client_secret">,
  base = baseUrl(),
) => discover(client, base);

/** A registered client (metadata as for registerClient) with its openid-client configuration. */
export async function relyingParty(metadata: Record<string, unknown> = {}) {
  const client = await registerClient(metadata);
  return { client, config: await rpConfig(client) };
}

export type Interaction = {
  user?: Pick<User, "email" | "password">;
  consent?: "accept" | "deny" | { scope: string };
  organizationId?: string;
};

export type FlowResult = { url: URL; visited: string[] };

/**
 * Follows an authorization request as a browser would, answering the sign-in, organization
 * and consent pages the way their client islands do. Stops at the client's redirect URI or
 * at the portal's /error page.
 */
export async function followAuthorization(
  browser: Browser,
  start: URL | string,
  interaction: Interaction = {},
): Promise<FlowResult> {
  const visited: string[] = [];
  const base = browser.base;
  let next = new URL(start, base);
  for (let step = 0; step < 12; step++) {
    if (next.origin !== new URL(base).origin || next.pathname === "/error") {
      return { url: next, visited };
    }
    const oauthQuery = next.search.slice(1);
    let res: Response;
    if (next.pathname === "/sign-in" || next.pathname === "/sign-up") {
      visited.push(next.pathname);
      if (!interaction.user) return { url: next, visited };
      res = await browser.post("/api/auth/sign-in/email", {
        ...interaction.user,
        oauth_query: oauthQuery,
      });
    } else if (next.pathname === "/select-organization") {
      visited.push(next.pathname);
      if (!interaction.organizationId) return { url: next, visited };
      res = await browser.post("/api/auth/organization/set-active", {
        organizationId: interaction.organizationId,
        oauth_query: oauthQuery,
      });
      const data = (await res
        .clone()
        .json()
        .catch(() => ({}))) as { redirect?: boolean };
      if (!data.redirect) {
        res = await browser.post("/api/auth/oauth2/continue", {
          postLogin: true,
          oauth_query: oauthQuery,
        });
      }
    } else if (next.pathname === "/consent") {
      visited.push(next.pathname);
      if (!interaction.consent) return { url: next, visited };
      const body =
        interaction.consent === "accept"
          ? { accept: true }
          : interaction.consent === "deny"
            ? { accept: false }
            : { accept: true, scope: interaction.consent.scope };
      res = await browser.post("/api/auth/oauth2/consent", { ...body, oauth_query: oauthQuery });
    } else {
      res = await browser.get(next.toString());
      if (res.status >= 300 && res.status < 400) {
        next = new URL(res.headers.get("location")!, next);
        continue;
      }
      // Node's fetch always sends `Sec-Fetch-Mode: cors`, so the plugin answers as it does a
      // browser fetch: the next location as JSON.
      const data = (await res
        .clone()
        .json()
        .catch(() => undefined)) as { url?: string } | undefined;
      if (res.ok && data?.url) {
        next = new URL(data.url, next);
        continue;
      }
      throw new Error(`unexpected ${res.status} at ${next}: ${(await res.text()).slice(0, 300)}`);
    }
    const text = await res.text();
    if (!res.ok) throw new Error(`${next.pathname} step failed: ${res.status} ${text}`);
    const data = JSON.parse(text) as { url?: string; redirect?: boolean };
    if (!data.url) throw new Error(`${next.pathname} step gave no redirect: ${text}`);
    next = new URL(data.url, base);
  }
  throw new Error("authorization did not finish within 12 steps");
}

/** An authorization request with PKCE, built by openid-client; the verifier redeems its code. */
export async function authorizationRequest(
  config: oidc.Configuration,
  params: Record<string, string> = {},
) {
  const verifier = oidc.randomPKCECodeVerifier();
  const url = oidc.buildAuthorizationUrl(config, {
    redirect_uri: CALLBACK,
    scope: "openid",
    code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
    code_challenge_method: "S256",
    ...params,
  });
  return { url, verifier };
}

/** Authorization code + PKCE through openid-client: returns the token response. */
export async function codeFlow(
  config: oidc.Configuration,
  browser: Browser,
  interaction: Interaction,
  params: Record<string, string> = {},
  redirectUri = CALLBACK,
) {
  const state = oidc.randomState();
  const nonce = oidc.randomNonce();
  const { url, verifier } = await authorizationRequest(config, {
    redirect_uri: redirectUri,
    scope: "openid profile email offline_access",
    state,
    nonce,
    ...params,
  });
  const flow = await followAuthorization(browser, url, interaction);
  if (!flow.url.toString().startsWith(redirectUri)) throw new Error(`flow ended at ${flow.url}`);
  const tokens = await oidc.authorizationCodeGrant(config, flow.url, {
    pkceCodeVerifier: verifier,
    expectedState: state,
    expectedNonce: nonce,
  });
  return { tokens, flow, callback: flow.url };
}

/**
 * A new user of the server at `base` authorizes `config`'s client (code + PKCE, consent
 * accepted); returns the tokens and the consent page's text as the user sees it for that client.
 */
export async function firstAuthorization(config: oidc.Configuration, base: string) {
  const clientId = config.clientMetadata().client_id;
  const browser = new Browser(base);
  const user = await signUp(browser, newUser());
  const interaction = { user, consent: "accept" } as const;
  const { tokens, flow } = await codeFlow(config, browser, interaction, {
    scope: "openid offline_access",
  });
  const consentUrl = `/consent?client_id=${encodeURIComponent(clientId)}&scope=openid`;
  const consentPage = await (await browser.get(consentUrl)).text();
  return {
    tokens,
    visited: flow.visited,
    consentPage,
    clientId,
    again: () => codeFlow(config, browser, interaction, { scope: "openid" }),
  };
}
