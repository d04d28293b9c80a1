import { randomUUID } from "node:crypto";
import * as jose from "jose";
import * as oidc from "openid-client";
import { beforeAll, describe, expect, it } from "vitest";
import {
  Browser,
  authorizationRequest,
  CALLBACK,
  codeFlow,
  followAuthorization,
  issuer,
  register,
  relyingParty,
  rpConfig,
  signUp,
} from "./helpers";

/**
 * Walks the OpenID configuration and exercises every advertised value with openid-client, so a
 * capability the server lists but does not honour fails here (issue 9). A key nobody exercises
 * fails the first test: cover it before advertising it.
 */
type Doc = Record<string, unknown>;
const list = (doc: Doc, key: string) => doc[key] as string[];

// Keys whose value is exercised below, or a `false` the server need not honour.
const EXERCISED = new Set([
  "issuer",
  "authorization_endpoint",
  "token_endpoint",
  "jwks_uri",
  "registration_endpoint",
  "introspection_endpoint",
  "revocation_endpoint",
  "userinfo_endpoint",
  "end_session_endpoint",
  "device_authorization_endpoint",
  "scopes_supported",
  "response_types_supported",
  "response_modes_supported",
  "grant_types_supported",
  "token_endpoint_auth_methods_supported",
  "token_endpoint_auth_signing_alg_values_supported",
  "introspection_endpoint_auth_methods_supported",
  "introspection_endpoint_auth_signing_alg_values_supported",
  "revocation_endpoint_auth_methods_supported",
  "revocation_endpoint_auth_signing_alg_values_supported",
  "code_challenge_methods_supported",
  "authorization_response_iss_parameter_supported",
  "dpop_signing_alg_values_supported",
  "backchannel_logout_supported",
  "backchannel_logout_session_supported",
  "claims_supported",
  "claims_parameter_supported",
  "subject_types_supported",
  "acr_values_supported",
  "id_token_signing_alg_values_supported",
  "request_parameter_supported",
  "request_uri_parameter_supported",
  "prompt_values_supported",
  "client_id_metadata_document_supported",
]);

const MACHINE_SCOPE = "api:read";
const DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code";

async function machineClient(metadata: Doc) {
  const res = await register({
    client_name: "Walk machine",
    grant_types: ["client_credentials"],
    scope: MACHINE_SCOPE,
    ...metadata,
  });
  expect(res.status, JSON.stringify(metadata)).toBe(201);
  return (await res.json()) as { client_id: string; client_secret?: string };
}

/** openid-client set up from discovery with the given client authentication. */
const configWith = (clientId: string, auth: oidc.ClientAuth) =>
  oidc.discovery(new URL(issuer()), clientId, undefined, auth, {
    execute: [oidc.allowInsecureRequests],
  });

/**
 * private_key_jwt signed by jose with exactly the advertised `alg`. openid-client's own
 * `PrivateKeyJwt` names an Ed25519 key `Ed25519` (RFC 9864), which the server, advertising and
 * accepting `EdDSA`, refuses (reported in library fact 29); the assertion's `aud` is the issuer,
 * which every endpoint accepts.
 */
const joseAssertion =
  (key: CryptoKey, alg: string, kid: string): oidc.ClientAuth =>
  async (as, client, body) => {
    body.set("client_id", client.client_id);
    body.set("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer");
    const assertion = await new jose.SignJWT({})
      .setProtectedHeader({ alg, kid })
      .setIssuer(client.client_id)
      .setSubject(client.client_id)
      .setAudience(as.issuer)
      .setJti(randomUUID())
      .setIssuedAt()
      .setExpirationTime("1m")
      .sign(key);
    body.set("client_assertion", assertion);
  };

/** A DPoP proof (RFC 9449) for a POST to `htu`, signed with `alg` by jose. */
async function dpopProof(alg: string, htu: string) {
  const { publicKey, privateKey } = await jose.generateKeyPair(alg, { extractable: true });
  return new jose.SignJWT({ htm: "POST", htu, jti: randomUUID() })
    .setProtectedHeader({ typ: "dpop+jwt", alg, jwk: await jose.exportJWK(publicKey) })
    .setIssuedAt()
    .sign(privateKey);
}

/** Token, introspection and revocation with one client authentication. */
async function exerciseClientAuth(config: oidc.Configuration) {
  const tokens = await oidc.clientCredentialsGrant(config, { scope: MACHINE_SCOPE });
  const active = await oidc.tokenIntrospection(config, tokens.access_token);
  expect(active.active).toBe(true);
  await oidc.tokenRevocation(config, tokens.access_token);
  expect((await oidc.tokenIntrospection(config, tokens.access_token)).active).toBe(false);
}

describe("discovery walk: every advertised value is honoured", () => {
  let doc: Doc;

  beforeAll(async () => {
    doc = (await (await fetch(`${issuer()}/.well-known/openid-configuration`)).json()) as Doc;
  });

  it("advertises only keys this walk exercises", () => {
    expect(Object.keys(doc).filter((key) => !EXERCISED.has(key))).toEqual([]);
    expect(doc.issuer).toBe(issuer());
    // The claims parameter reaches UserInfo only, so it is not advertised (library fact 30).
    const notOffered = [
      "request_parameter_supported",
      "request_uri_parameter_supported",
      "claims_parameter_supported",
    ];
    for (const key of notOffered) {
      expect(doc[key]).toBe(false);
    }
  });

  it("lists none, and a public client redeems a code without a secret", async () => {
    expect(list(doc, "token_endpoint_auth_methods_supported")).toContain("none");
    const res = await register({
      client_name: "Walk public app",
      application_type: "native",
      redirect_uris: [CALLBACK],
      token_endpoint_auth_method: "none",
      grant_types: ["authorization_code", "refresh_token"],
      scope: "openid profile email offline_access",
    });
    expect(res.status).toBe(201);
    const client = (await res.json()) as { client_id: string; client_secret?: string };
    expect(client.client_secret).toBeUndefined();
    const config = await configWith(client.client_id, oidc.None());
    const browser = new Browser();
    await signUp(browser);
    const { tokens } = await codeFlow(config, browser, { consent: "accept" });
    expect(tokens.access_token).toBeTruthy();
    const refreshed = await oidc.refreshTokenGrant(config, tokens.refresh_token!);
    expect(refreshed.access_token).toBeTruthy();
  });

  it("treats an https client_id as a Client ID Metadata Document (full flow: metadata-documents.test.ts)", async () => {
    expect(doc.client_id_metadata_document_supported).toBe(true);
    // A document on a literal private address is refused by its URL rules (this server may not
    // reach private networks anyway), not answered as an unknown client.
    const url = new URL(`${issuer()}/oauth2/authorize`);
    url.search = new URLSearchParams({
      client_id: "https://127.0.0.1/client.json",
      response_type: "code",
      redirect_uri: CALLBACK,
      code_challenge: "x".repeat(43),
      code_challenge_method: "S256",
    }).toString();
    const res = await fetch(url, { redirect: "manual" });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(((await res.json()) as { error_description?: string }).error_description).toMatch(
      /client_id URL/,
    );
  });

  it("answers the device authorization endpoint and the device-code grant (RFC 8628)", async () => {
    expect(doc.device_authorization_endpoint).toBe(`${issuer()}/device/code`);
    const res = await register({
      client_name: "Walk TV",
      application_type: "native",
      token_endpoint_auth_method: "none",
      grant_types: [DEVICE_GRANT],
      scope: "openid",
    });
    expect(res.status).toBe(201);
    const client = (await res.json()) as { client_id: string };
    const config = await configWith(client.client_id, oidc.None());
    const device = await oidc.initiateDeviceAuthorization(config, { scope: "openid" });
    expect(device.user_code).toBeTruthy();
    expect(device.verification_uri).toMatch(/\/device$/);
    // Nobody approved yet: the first poll is authorization_pending (the whole grant is walked
    // in device-flow.test.ts).
    const poll = await fetch(String(doc.token_endpoint), {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({
        grant_type: DEVICE_GRANT,
        device_code: device.device_code,
        client_id: client.client_id,
      }),
    });
    expect(poll.status).toBe(400);
    expect(((await poll.json()) as { error: string }).error).toBe("authorization_pending");
  });

  it("honours each secret-based method at the token, introspection and revocation endpoints", async () => {
    const methods = {
      client_secret_basic: oidc.ClientSecretBasic,
      client_secret_post: oidc.ClientSecretPost,
    } as const;
    for (const key of [
      "token_endpoint_auth_methods_supported",
      "introspection_endpoint_auth_methods_supported",
      "revocation_endpoint_auth_methods_supported",
    ]) {
      const advertised = list(doc, key).filter((m) => m !== "none" && m !== "private_key_jwt");
      expect(
        advertised.every((m) => m in methods),
        `${key}: ${advertised}`,
      ).toBe(true);
    }
    for (const [method, auth] of Object.entries(methods)) {
      const client = await machineClient({ token_endpoint_auth_method: method });
      await exerciseClientAuth(await configWith(client.client_id, auth(client.client_secret!)));
    }
  });

  it("honours private_key_jwt with each advertised signing algorithm", async () => {
    const algs = list(doc, "token_endpoint_auth_signing_alg_values_supported");
    expect(list(doc, "token_endpoint_auth_methods_supported")).toContain("private_key_jwt");
    expect(list(doc, "introspection_endpoint_auth_signing_alg_values_supported")).toEqual(algs);
    expect(list(doc, "revocation_endpoint_auth_signing_alg_values_supported")).toEqual(algs);
    for (const alg of algs) {
      const { publicKey, privateKey } = await jose.generateKeyPair(alg, { extractable: true });
      const kid = `walk-${alg}`;
      const jwk = { ...(await jose.exportJWK(publicKey)), kid, alg, use: "sig" };
      const client = await machineClient({
        token_endpoint_auth_method: "private_key_jwt",
        jwks: { keys: [jwk] },
      });
      const config = await configWith(client.client_id, joseAssertion(privateKey, alg, kid));
      await exerciseClientAuth(config);
    }
  });

  it("binds tokens with DPoP for each advertised proof algorithm", async () => {
    const client = await machineClient({});
    const tokenEndpoint = String(doc.token_endpoint);
    const basic = Buffer.from(`${client.client_id}:${client.client_secret}`).toString("base64");
    for (const alg of list(doc, "dpop_signing_alg_values_supported")) {
      const res = await fetch(tokenEndpoint, {
        method: "POST",
        headers: {
          authorization: `Basic ${basic}`,
          "content-type": "application/x-www-form-urlencoded",
          dpop: await dpopProof(alg, tokenEndpoint),
        },
        body: new URLSearchParams({ grant_type: "client_credentials", scope: MACHINE_SCOPE }),
      });
      expect(res.status, alg).toBe(200);
      expect(((await res.json()) as { token_type: string }).token_type, alg).toBe("DPoP");
    }
  });

  describe("with a user and a relying party", () => {
    let config: oidc.Configuration;
    let clientId: string;
    const browser = new Browser();
    let userId: string;

    beforeAll(async () => {
      const rp = await relyingParty({ post_logout_redirect_uris: [`${CALLBACK}/out`] });
      config = rp.config;
      clientId = rp.client.client_id;
      ({ id: userId } = await signUp(browser));
      const picture = await browser.post("/api/auth/update-user", {
        image: "https://example.test/me.png",
      });
      expect(picture.status).toBe(200);
      const org = await browser.post("/api/auth/organization/create", {
        name: "Walk Org",
        slug: `walk-${userId.toLowerCase().slice(0, 12)}`,
      });
      expect(org.status).toBe(200);
    });

    it("answers the code flow as advertised and the claims appear where listed", async () => {
      expect(list(doc, "response_types_supported")).toEqual(["code"]);
      expect(list(doc, "response_modes_supported")).toEqual(["query"]);
      expect(list(doc, "code_challenge_methods_supported")).toEqual(["S256"]);
      expect(list(doc, "grant_types_supported").sort()).toEqual([
        "authorization_code",
        "client_credentials",
        "refresh_token",
        DEVICE_GRANT,
      ]);
      const userScopes = ["openid", "profile", "email", "offline_access", "organization"];
      const { tokens, callback } = await codeFlow(
        config,
        browser,
        { consent: "accept" },
        { scope: userScopes.join(" ") },
      );
      // response_mode=query with iss (RFC 9207).
      expect(doc.authorization_response_iss_parameter_supported).toBe(true);
      expect(callback.searchParams.get("iss")).toBe(issuer());
      expect(tokens.scope?.split(" ").sort()).toEqual([...userScopes].sort());

      const header = jose.decodeProtectedHeader(tokens.id_token!);
      expect(list(doc, "id_token_signing_alg_values_supported")).toContain(header.alg);
      const jwks = jose.createRemoteJWKSet(new URL(String(doc.jwks_uri)));
      const { payload: idToken } = await jose.jwtVerify(tokens.id_token!, jwks, {
        issuer: issuer(),
        audience: clientId,
      });
      expect(list(doc, "acr_values_supported")).toContain(idToken.acr);
      // Pairwise is advertised with PAIRWISE_SECRET and walked in pairwise.test.ts; a client
      // registered without subject_type keeps the public subject.
      expect(list(doc, "subject_types_supported")).toEqual(["public", "pairwise"]);
      expect(idToken.sub).toBe(userId);

      const userinfo = await oidc.fetchUserInfo(config, tokens.access_token, userId);
      const introspection = await oidc.tokenIntrospection(config, tokens.access_token);
      const refreshed = await oidc.refreshTokenGrant(config, tokens.refresh_token!);
      expect(refreshed.access_token).toBeTruthy();
      const seen = new Set([
        ...Object.keys(idToken),
        ...Object.keys(userinfo),
        ...Object.keys(introspection),
      ]);
      expect(list(doc, "claims_supported").filter((c) => !seen.has(c))).toEqual([]);
    });

    it("scopes_supported: every user scope above, every other scope by client credentials", async () => {
      const userScopes = new Set(["openid", "profile", "email", "offline_access", "organization"]);
      const machineScopes = list(doc, "scopes_supported").filter((s) => !userScopes.has(s));
      expect(machineScopes.length).toBeGreaterThan(0);
      const client = await machineClient({ scope: machineScopes.join(" ") });
      const machine = await rpConfig(client);
      for (const scope of machineScopes) {
        const tokens = await oidc.clientCredentialsGrant(machine, { scope });
        expect(tokens.scope).toBe(scope);
      }
    });

    it("honours each advertised prompt", async () => {
      const prompts = list(doc, "prompt_values_supported");
      expect(prompts.sort()).toEqual(["consent", "create", "login", "none"]);
      const landing = async (prompt: string) => {
        const { url } = await authorizationRequest(config, { prompt, scope: "openid profile" });
        return followAuthorization(browser, url, {});
      };
      expect((await landing("login")).url.pathname).toBe("/sign-in");
      expect((await landing("create")).url.pathname).toBe("/sign-up");
      expect((await landing("consent")).url.pathname).toBe("/consent");
      // Consent for these scopes exists (previous test): prompt=none answers with a code…
      const silent = await landing("none");
      expect(silent.url.searchParams.get("code")).toBeTruthy();
      // …and without a session, login_required at the client.
      const { url } = await authorizationRequest(config, { prompt: "none" });
      const anonymous = await followAuthorization(new Browser(), url, {});
      expect(anonymous.url.searchParams.get("error")).toBe("login_required");
    });

    it("ends the session at the end-session endpoint; back-channel logout registers and sid is sent", async () => {
      expect(doc.backchannel_logout_supported).toBe(true);
      expect(doc.backchannel_logout_session_supported).toBe(true);
      // Delivery (every way a session ends, the token's signature, sub and sid) is proved against
      // a loopback receiver in backchannel-logout.test.ts, on a server allowed private networks;
      // here: registration keeps a public https receiver and refuses others (library fact 76).
      const loopback = await register({
        client_name: "Walk back-channel RP on loopback",
        redirect_uris: ["https://rp.example.com/callback"],
        backchannel_logout_uri: "http://127.0.0.1:9876/backchannel",
      });
      expect(loopback.status).toBe(400);
      expect(await loopback.json()).toMatchObject({ error: "invalid_client_metadata" });
      const res = await register({
        client_name: "Walk back-channel RP",
        redirect_uris: ["https://rp.example.com/callback"],
        backchannel_logout_uri: "https://rp.example.com/backchannel",
        backchannel_logout_session_required: true,
      });
      expect(res.status).toBe(201);
      expect((await res.json()).backchannel_logout_uri).toBe("https://rp.example.com/backchannel");

      const { tokens } = await codeFlow(config, browser, {});
      expect(tokens.claims()!.sid).toEqual(expect.any(String));
      const logout = oidc.buildEndSessionUrl(config, {
        id_token_hint: tokens.id_token!,
        post_logout_redirect_uri: `${CALLBACK}/out`,
      });
      expect(logout.href.startsWith(String(doc.end_session_endpoint))).toBe(true);
      const ended = await browser.get(logout.toString());
      expect(ended.status).toBe(302);
    });
  });
});
