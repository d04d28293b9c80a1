// node-oidc-provider configured as the benchmark's peer: in-memory adapter, RS256 like Gatehouse
// (ID tokens and JWT access tokens), the same clients and the same protected resource the
// benchmark registers with Gatehouse. Interactions finish at once (the bench user signs in and
// consents to what is asked), so an authorization request with a session cookie answers a 303
// with a code, as Gatehouse answers 302 once consent exists.
// Started by bench/run.mjs: `node bench/peer/server.mjs` with PORT; prints "ready" when listening.
import { createServer } from "node:http";
import { exportJWK, generateKeyPair } from "jose";
import Provider from "oidc-provider";

const port = Number.parseInt(process.env.PORT ?? "0", 10);
const issuer = `http://localhost:${port}`;
export const PEER = {
  machine: { client_id: "bench-machine", client_secret: "bench-machine-secret-0123456789" },
  app: { client_id: "bench-app", client_secret: "bench-app-secret-0123456789" },
  callback: "http://127.0.0.1:9876/callback",
  resource: "https://api.bench.test",
  account: "bench-user",
};

const { privateKey } = await generateKeyPair("RS256", { modulusLength: 2048, extractable: true });
const jwk = { ...(await exportJWK(privateKey)), alg: "RS256", use: "sig", kid: "bench-rs256" };

const provider = new Provider(issuer, {
  clients: [
    {
      ...PEER.machine,
      grant_types: ["client_credentials"],
      response_types: [],
      redirect_uris: [],
      token_endpoint_auth_method: "client_secret_basic",
      scope: "api:read",
    },
    {
      ...PEER.app,
      grant_types: ["authorization_code", "refresh_token"],
      response_types: ["code"],
      redirect_uris: [PEER.callback],
      token_endpoint_auth_method: "client_secret_basic",
      id_token_signed_response_alg: "RS256",
    },
  ],
  jwks: { keys: [jwk] },
  scopes: ["openid", "offline_access", "profile", "email", "api:read"],
  claims: { openid: ["sub"], profile: ["name"], email: ["email", "email_verified"] },
  cookies: { keys: ["bench-cookie-key-0123456789abcdef"] },
  pkce: { required: () => true },
  findAccount: (ctx, id) => ({
    accountId: id,
    claims: () => ({
      sub: id,
      name: "Bench User",
      email: "bench@example.test",
      email_verified: true,
    }),
  }),
  interactions: { url: (ctx, interaction) => `/interaction/${interaction.uid}` },
  features: {
    devInteractions: { enabled: false },
    introspection: { enabled: true },
    revocation: { enabled: true },
    clientCredentials: { enabled: true },
    resourceIndicators: {
      enabled: true,
      defaultResource: () => undefined,
      useGrantedResource: () => false,
      getResourceServerInfo: (ctx, resourceIndicator) => {
        if (resourceIndicator !== PEER.resource) throw new Provider.errors.InvalidTarget();
        return {
          scope: "api:read",
          audience: resourceIndicator,
          accessTokenFormat: "jwt",
          jwt: { sign: { alg: "RS256" } },
        };
      },
    },
  },
});

const callback = provider.callback();
const server = createServer(async (req, res) => {
  if (req.url?.startsWith("/interaction/")) {
    try {
      const details = await provider.interactionDetails(req, res);
      // A grant per authorization: a refresh chain that fails revokes its own grant only.
      const grant = new provider.Grant({
        accountId: PEER.account,
        clientId: details.params.client_id,
      });
      grant.addOIDCScope(String(details.params.scope ?? "openid"));
      const grantId = await grant.save();
      await provider.interactionFinished(
        req,
        res,
        { login: { accountId: PEER.account }, consent: { grantId } },
        { mergeWithLastSubmission: false },
      );
    } catch (error) {
      res.statusCode = 500;
      res.end(String(error));
    }
    return;
  }
  callback(req, res);
});
server.listen(port, () => console.log(`ready ${issuer}`));
process.once("SIGTERM", () => server.close(() => process.exit(0)));
