import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import {
  baseUrl,
  createUser,
  expect,
  initialAccessToken,
  issuer,
  signInOnPage,
  test,
} from "./fixtures";
import { registerTestClient } from "./protocol/oauth-client";

/**
 * A single-page app on its own loopback origin signs in with oidc-client-ts (its browser build,
 * served by the app's own static server), refreshes and calls UserInfo, all cross-origin.
 */
const LIBRARY = readFileSync(
  path.join(process.cwd(), "node_modules/oidc-client-ts/dist/browser/oidc-client-ts.js"),
  "utf8",
);

const page = (authority: string, clientId: string) => `<!doctype html>
<title>SPA</title>
<script src="/oidc-client-ts.js"></script>
<main>
  <h1>Single-page app</h1>
  <button id="signin">Sign in</button>
  <pre id="out"></pre>
</main>
<script>
  const out = document.getElementById("out");
  const mgr = new oidc.UserManager({
    authority: ${JSON.stringify(authority)},
    client_id: ${JSON.stringify(clientId)},
    redirect_uri: location.origin + "/callback",
    scope: "openid profile email offline_access",
    loadUserInfo: true,
  });
  document.getElementById("signin").onclick = () => mgr.signinRedirect();
  if (location.pathname === "/callback") {
    (async () => {
      const user = await mgr.signinRedirectCallback();
      const refreshed = await mgr.signinSilent();
      const userinfo = await fetch(await mgr.metadataService.getUserInfoEndpoint(), {
        headers: { Authorization: "Bearer " + refreshed.access_token },
      }).then((r) => r.json());
      out.textContent = JSON.stringify({
        name: user.profile.name,
        email: user.profile.email,
        refreshedToken: refreshed.access_token !== user.access_token,
        rotatedRefresh: refreshed.refresh_token !== user.refresh_token,
        userinfo,
      });
    })().catch((e) => (out.textContent = "error: " + e.message));
  }
</script>`;

type Spa = { origin: string; close: () => Promise<void> };

async function startSpa(html: (origin: string) => string): Promise<Spa> {
  const server: Server = createServer((req, res) => {
    if (req.url === "/oidc-client-ts.js") {
      res.writeHead(200, { "content-type": "text/javascript" });
      res.end(LIBRARY);
      return;
    }
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end(html(`http://127.0.0.1:${(server.address() as AddressInfo).port}`));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A browser's CORS preflight, sent from Node so its answer's headers can be read. */
const preflight = (url: string, origin: string, method: string, headers: string) =>
  fetch(url, {
    method: "OPTIONS",
    headers: {
      origin,
      "access-control-request-method": method,
      "access-control-request-headers": headers,
    },
  });

const corsHeaders = (res: Response) =>
  Object.fromEntries([...res.headers].filter(([k]) => k.startsWith("access-control-")));

let spa: Spa;
let stranger: Spa;
let clientId = "";

test.beforeAll(async () => {
  spa = await startSpa(() => page(issuer(), clientId));
  stranger = await startSpa(() => page(issuer(), clientId));
  const client = await registerTestClient(
    baseUrl(),
    {
      client_name: "Browser SPA",
      application_type: "native",
      redirect_uris: [`${spa.origin}/callback`],
      token_endpoint_auth_method: "none",
      grant_types: ["authorization_code", "refresh_token"],
      scope: "openid profile email offline_access",
    },
    initialAccessToken(),
  );
  clientId = client.client_id;
});

test.afterAll(async () => {
  await spa?.close();
  await stranger?.close();
});

test("an SPA on its own origin signs in with oidc-client-ts, refreshes and calls UserInfo", async ({
  page: browser,
}) => {
  const user = await createUser(baseUrl(), "Spa Person");
  const seen: { url: string; method: string; allowOrigin?: string; vary?: string }[] = [];
  browser.on("response", async (res) => {
    if (!res.url().startsWith(issuer())) return;
    const headers = await res.allHeaders();
    seen.push({
      url: res.url(),
      method: res.request().method(),
      allowOrigin: headers["access-control-allow-origin"],
      vary: headers["vary"],
    });
  });

  await browser.goto(`${spa.origin}/`);
  await browser.getByRole("button", { name: "Sign in" }).click();
  await signInOnPage(browser, user);
  await browser.getByRole("button", { name: "Allow" }).click();
  await expect(browser.locator("#out")).toContainText("{", { timeout: 30_000 });
  const result = JSON.parse((await browser.locator("#out").textContent()) ?? "");
  expect(result).toMatchObject({
    name: "Spa Person",
    email: user.email,
    refreshedToken: true,
    rotatedRefresh: true,
    userinfo: { email: user.email, name: "Spa Person" },
  });

  // The cross-origin answers the browser read carried our origin and Vary: Origin.
  const byPath = (p: string) => seen.filter((s) => new URL(s.url).pathname.endsWith(p));
  for (const p of ["/oauth2/token", "/oauth2/userinfo"]) {
    const answers = byPath(p).filter((s) => s.method !== "OPTIONS");
    expect(answers.length, p).toBeGreaterThan(0);
    for (const a of answers) {
      expect(a.allowOrigin, p).toBe(spa.origin);
      expect(a.vary, p).toContain("Origin");
    }
  }
  expect(byPath("/.well-known/openid-configuration")[0]?.allowOrigin).toBe("*");
});

test("preflights: the registered origin gets methods and headers, an unregistered one nothing", async () => {
  for (const endpoint of ["token", "userinfo", "introspect", "revoke", "end-session"]) {
    const url = `${issuer()}/oauth2/${endpoint}`;
    const ok = await preflight(url, spa.origin, "POST", "authorization,dpop,content-type");
    expect(ok.status, endpoint).toBe(204);
    expect(corsHeaders(ok), endpoint).toEqual({
      "access-control-allow-origin": spa.origin,
      "access-control-allow-methods": "GET, POST, OPTIONS",
      "access-control-allow-headers": "Authorization, Content-Type, DPoP",
      "access-control-max-age": "600",
    });
    expect(ok.headers.get("vary")).toContain("Origin");

    const refused = await preflight(url, stranger.origin, "POST", "authorization");
    expect(corsHeaders(refused), endpoint).toEqual({});
  }
  const jwks = await preflight(`${issuer()}/jwks`, stranger.origin, "GET", "");
  expect(jwks.headers.get("access-control-allow-origin")).toBe("*");
  const root = await fetch(`${baseUrl()}/.well-known/openid-configuration`, {
    headers: { origin: stranger.origin },
  });
  expect(root.headers.get("access-control-allow-origin")).toBe("*");
  expect(root.headers.get("access-control-allow-credentials")).toBeNull();
});

test("in the browser, an unregistered origin reads discovery but not the token endpoint", async ({
  page: browser,
}) => {
  await browser.goto(`${stranger.origin}/`);
  const outcome = await browser.evaluate(async (issuerUrl) => {
    const discovery = await fetch(`${issuerUrl}/.well-known/openid-configuration`).then(
      (r) => r.ok,
    );
    const token = await fetch(`${issuerUrl}/oauth2/token`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "grant_type=authorization_code&code=x",
    }).then(
      () => "readable",
      (e: Error) => e.name,
    );
    return { discovery, token };
  }, issuer());
  expect(outcome).toEqual({ discovery: true, token: "TypeError" });
});
