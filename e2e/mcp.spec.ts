import { randomUUID } from "node:crypto";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import {
  UnauthorizedError,
  type OAuthClientProvider,
} from "@modelcontextprotocol/sdk/client/auth.js";
import type {
  OAuthClientInformationMixed,
  OAuthClientMetadata,
  OAuthTokens,
} from "@modelcontextprotocol/sdk/shared/auth.js";
import type { Page } from "@playwright/test";
import postgres from "postgres";
import { CALLBACK, callbackReached, createUser, expect, signInOnPage, test } from "./fixtures";
import { startMcpServer } from "./fixtures/mcp-server";
import { startOwnServer } from "./protocol/server";
import { makeTestTls, startDocumentServer } from "./protocol/test-tls";

type McpServerHandle = Awaited<ReturnType<typeof startMcpServer>>;

const CLIENT_METADATA = {
  client_name: "SDK MCP client",
  application_type: "native",
  redirect_uris: [CALLBACK],
  grant_types: ["authorization_code", "refresh_token"],
  response_types: ["code"],
  token_endpoint_auth_method: "none",
  scope: "openid offline_access",
};

/** The MCP SDK's client-side OAuth state, in memory; the browser step happens in the page. */
class InMemoryOAuthProvider implements OAuthClientProvider {
  authorizationUrl?: URL;
  private information?: OAuthClientInformationMixed;
  private issued?: OAuthTokens;
  private verifier = "";
  constructor(readonly clientMetadataUrl?: string) {}
  get redirectUrl() {
    return CALLBACK;
  }
  get clientMetadata() {
    return CLIENT_METADATA as OAuthClientMetadata;
  }
  clientInformation() {
    return this.information;
  }
  saveClientInformation(information: OAuthClientInformationMixed) {
    this.information = information;
  }
  tokens() {
    return this.issued;
  }
  saveTokens(tokens: OAuthTokens) {
    this.issued = tokens;
  }
  redirectToAuthorization(url: URL) {
    this.authorizationUrl = url;
  }
  saveCodeVerifier(verifier: string) {
    this.verifier = verifier;
  }
  codeVerifier() {
    return this.verifier;
  }
}

/**
 * The SDK client connects, gets 401, discovers Gatehouse through the protected resource
 * metadata and registers (or names its metadata document); the person signs in and allows in
 * Chromium; the SDK redeems the code and connects again with the token.
 */
async function connectThroughBrowser(
  page: Page,
  server: McpServerHandle,
  provider: InMemoryOAuthProvider,
  user: { email: string; password: string },
) {
  const transport = () =>
    new StreamableHTTPClientTransport(new URL(server.url), { authProvider: provider });
  const first = transport();
  await expect(new Client({ name: "sdk-test", version: "1.0.0" }).connect(first)).rejects.toThrow(
    UnauthorizedError,
  );
  expect(provider.authorizationUrl?.searchParams.get("resource")).toBe(server.resource);
  const reached = callbackReached(page);
  await page.goto(provider.authorizationUrl!.toString());
  await signInOnPage(page, user);
  await expect(page.getByText("Unverified app")).toBeVisible();
  await page.getByRole("button", { name: "Allow" }).click();
  const callback = await reached;
  await first.finishAuth(callback.searchParams.get("code")!);
  const client = new Client({ name: "sdk-test", version: "1.0.0" });
  await client.connect(transport());
  const result = await client.callTool({ name: "whoami" });
  await client.close();
  const [content] = (result as { content: { text: string }[] }).content;
  const claims = JSON.parse(content!.text) as { sub: string; aud: string | string[] };
  return { sub: claims.sub, audiences: [claims.aud].flat() };
}

test.describe.serial("an MCP server behind Gatehouse (MCP SDK client and server)", () => {
  let tls: ReturnType<typeof makeTestTls>;
  let documents: Awaited<ReturnType<typeof startDocumentServer>>;
  let gatehouse: Awaited<ReturnType<typeof startOwnServer>>;
  let mcp: McpServerHandle;
  let otherMcp: McpServerHandle;

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    tls = makeTestTls();
    documents = await startDocumentServer(tls);
    gatehouse = await startOwnServer("gatehouse_mcp", {
      OPEN_REGISTRATION: "true",
      NODE_EXTRA_CA_CERTS: tls.caFile,
      OUTBOUND_ALLOW_PRIVATE_NETWORKS: "true",
    });
    const issuer = `${gatehouse.baseUrl}/api/auth`;
    mcp = await startMcpServer(issuer);
    otherMcp = await startMcpServer(issuer);
    // Both MCP servers are resources open to every client (what the console's checkbox writes).
    const sql = postgres(gatehouse.databaseUrl, { max: 1, onnotice: () => {} });
    for (const server of [mcp, otherMcp]) {
      await sql`insert into oauth_resource (id, identifier, name, created_at, updated_at)
        values (${randomUUID()}, ${server.resource}, 'Example MCP server', now(), now())`;
      await sql`insert into open_resource (resource_id) values (${server.resource})`;
    }
    await sql.end();
  });
  test.afterAll(async () => {
    await mcp?.close();
    await otherMcp?.close();
    await gatehouse?.stop();
    await documents?.close();
    tls?.dispose();
  });

  test("a client known by its metadata document connects; its token is refused by another MCP server", async ({
    page,
  }) => {
    const clientId = documents.publish("/mcp-client.json", (url) => ({
      ...CLIENT_METADATA,
      client_id: url,
    }));
    const provider = new InMemoryOAuthProvider(clientId);
    const user = await createUser(gatehouse.baseUrl, "MCP User");
    const result = await connectThroughBrowser(page, mcp, provider, user);
    expect(provider.clientInformation()?.client_id).toBe(clientId);
    expect(result.sub).toBe(user.id);
    expect(result.audiences).toContain(mcp.resource);

    const elsewhere = await fetch(otherMcp.url, {
      method: "POST",
      headers: {
        authorization: `Bearer ${provider.tokens()!.access_token}`,
        "content-type": "application/json",
        accept: "application/json, text/event-stream",
      },
      body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "ping" }),
    });
    expect(elsewhere.status).toBe(401);
    expect(elsewhere.headers.get("www-authenticate")).toContain("resource_metadata=");
  });

  test("a client without a metadata document registers openly and connects", async ({ page }) => {
    const provider = new InMemoryOAuthProvider();
    const user = await createUser(gatehouse.baseUrl, "MCP User");
    const result = await connectThroughBrowser(page, mcp, provider, user);
    const registered = provider.clientInformation();
    expect(registered?.client_id).toMatch(/^[A-Za-z]{32}$/);
    expect(result.sub).toBe(user.id);
    expect(result.audiences).toContain(mcp.resource);
  });
});
