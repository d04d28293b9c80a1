import * as oidc from "openid-client";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Browser, CALLBACK, authorizationRequest, firstAuthorization } from "./helpers";
import { startOwnServer } from "./server";
import { makeTestTls, startDocumentServer, type TestTls } from "./test-tls";

type OwnServer = Awaited<ReturnType<typeof startOwnServer>>;
type DocumentServer = Awaited<ReturnType<typeof startDocumentServer>>;

/** A public client's Client ID Metadata Document published at `url`. */
const documentFor = (url: string, extra: Record<string, unknown> = {}) => ({
  client_id: url,
  client_name: "Metadata MCP client",
  redirect_uris: [CALLBACK],
  grant_types: ["authorization_code", "refresh_token"],
  response_types: ["code"],
  token_endpoint_auth_method: "none",
  ...extra,
});

/** openid-client for a client whose id is its metadata document's URL (no registration). */
const metadataClient = (server: OwnServer, clientId: string) =>
  oidc.discovery(new URL(`${server.baseUrl}/api/auth`), clientId, undefined, oidc.None(), {
    execute: [oidc.allowInsecureRequests],
  });

/**
 * The authorization endpoint's refusal of this client, which never reaches its redirect URI:
 * the browser lands on the portal's error page, whichever of our hooks or the plugin refused.
 */
async function authorizeRefusal(server: OwnServer, clientId: string) {
  const config = await metadataClient(server, clientId);
  const { url } = await authorizationRequest(config, { redirect_uri: CALLBACK });
  const res = await new Browser(server.baseUrl).get(url.toString());
  expect(res.status).toBe(302);
  const target = new URL(res.headers.get("location") ?? "", server.baseUrl);
  expect(target.pathname).toBe("/error");
  return target.searchParams.get("error");
}

/**
 * Client ID Metadata Documents (docs/library-facts.md#fact-82): an `https://` client_id is
 * fetched over real TLS (a throwaway CA trusted through NODE_EXTRA_CA_CERTS) from a document
 * server on this machine, which only OUTBOUND_ALLOW_PRIVATE_NETWORKS=true lets the server reach.
 */
describe("client ID metadata documents", () => {
  let tls: TestTls;
  let documents: DocumentServer;
  let blockedDocuments: DocumentServer;
  let server: OwnServer;

  const cleanups: (() => unknown)[] = [];

  beforeAll(async () => {
    tls = makeTestTls();
    cleanups.push(tls.dispose);
    [documents, blockedDocuments] = await Promise.all([
      startDocumentServer(tls),
      startDocumentServer(tls),
    ]);
    cleanups.push(documents.close, blockedDocuments.close);
    const env = { NODE_EXTRA_CA_CERTS: tls.caFile, OUTBOUND_ALLOW_PRIVATE_NETWORKS: "true" };
    server = await startOwnServer("gatehouse_cimd", env);
    cleanups.push(server.stop);
  });
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  it("is advertised in discovery, with none among the token endpoint auth methods", async () => {
    const metadata = await (
      await fetch(`${server.baseUrl}/.well-known/oauth-authorization-server/api/auth`)
    ).json();
    expect(metadata.client_id_metadata_document_supported).toBe(true);
    expect(metadata.token_endpoint_auth_methods_supported).toContain("none");
  });

  it("runs code + PKCE for a client known only by its document; the consent page names its host and calls it unverified", async () => {
    const clientId = documents.publish("/clients/good.json", (url) => documentFor(url), {
      "cache-control": "max-age=300",
    });
    const config = await metadataClient(server, clientId);
    const first = await firstAuthorization(config, server.baseUrl);
    expect(first.visited).toContain("/consent");
    expect(first.tokens.claims()?.aud).toBe(clientId);
    const consent = first.consentPage;
    expect(consent).toContain("Unverified app");
    expect(consent).toContain(documents.host);

    // Cache-Control max-age=300: the second authorization does not fetch the document again.
    const fetched = documents.hits("/clients/good.json");
    await first.again();
    expect(documents.hits("/clients/good.json")).toBe(fetched);
  });

  it("20 concurrent first authorizations of one document URL leave one client, and no 5xx", async () => {
    const clientId = documents.publish("/clients/concurrent.json", (url) => documentFor(url));
    const config = await metadataClient(server, clientId);
    const { url } = await authorizationRequest(config, { redirect_uri: CALLBACK });
    const answers = await Promise.all(
      Array.from({ length: 20 }, async () => {
        const res = await fetch(url, { redirect: "manual" });
        const body = (await res.json()) as { url?: string };
        return `${res.status} ${new URL(body.url ?? "/", server.baseUrl).pathname}`;
      }),
    );
    // Anonymous and not a navigation: each gets the provider's JSON answer that sends the
    // browser on to sign in; none fails on the client row's insert.
    expect(answers).toEqual(Array.from({ length: 20 }, () => "200 /sign-in"));
    const sql = postgres(server.databaseUrl, { max: 1, onnotice: () => {} });
    const rows = await sql`select 1 from oauth_client where client_id = ${clientId}`;
    await sql.end();
    expect(rows).toHaveLength(1);
  });

  it("refuses a document whose client_id is not its own URL", async () => {
    const clientId = documents.publish("/clients/impostor.json", () =>
      documentFor("https://trusted.example.com/client.json"),
    );
    expect(await authorizeRefusal(server, clientId)).toBe("invalid_client");
  });

  it("refuses every client of a host an admin blocked, before fetching anything", async () => {
    const clientId = blockedDocuments.publish("/clients/app.json", (url) => documentFor(url));
    const sql = postgres(server.databaseUrl, { max: 1, onnotice: () => {} });
    await sql`insert into blocked_metadata_host (host) values (${blockedDocuments.host})`;
    await sql.end();

    expect(await authorizeRefusal(server, clientId)).toBe("invalid_client");
    const token = await fetch(`${server.baseUrl}/api/auth/oauth2/token`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({
        grant_type: "refresh_token",
        refresh_token: "x",
        client_id: clientId,
      }),
    });
    expect(token.status).toBe(401);
    expect((await token.json()).error).toBe("invalid_client");
    expect(blockedDocuments.hits("/clients/app.json")).toBe(0);
  });

  describe("without OUTBOUND_ALLOW_PRIVATE_NETWORKS", () => {
    let closed: OwnServer;
    beforeAll(async () => {
      closed = await startOwnServer("gatehouse_cimd_closed", { NODE_EXTRA_CA_CERTS: tls.caFile });
    });
    afterAll(() => closed?.stop());

    it("refuses a document on a private address without fetching it", async () => {
      const clientId = documents.publish("/clients/private.json", (url) => documentFor(url));
      expect(await authorizeRefusal(closed, clientId)).toBe("invalid_client");
      expect(documents.hits("/clients/private.json")).toBe(0);
    });
  });
});
