import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HttpSession } from "./http-session";
import { postRegistration } from "./oauth-client";
import { createScratchCluster, type ScratchCluster } from "./scratch-postgres";
import { startServer, type RunningServer } from "./server";

/**
 * A database outage, for real: a server on its own scratch PostgreSQL cluster (own data
 * directory and port, never the shared server), whose cluster is stopped and started again.
 * DESIGN contract: protocol endpoints answer 503 `temporarily_unavailable` within 5 s, pages a
 * readable "temporarily unavailable" page, and the service recovers within 5 s by itself.
 */
const TOKEN = "outage-initial-access-token-0123456789";
const USER = { email: "outage@example.test", password: "outage-password-123", name: "Outage" };
const OUTAGE_BOUND_MS = 5000;

let cluster: ScratchCluster;
let server: RunningServer;
let basic = "";
const browser = { session: undefined as HttpSession | undefined };

beforeAll(async () => {
  cluster = await createScratchCluster();
  server = await startServer({
    DATABASE_URL: cluster.url,
    BETTER_AUTH_SECRET: "outage-secret-0123456789abcdef0123456789",
    INITIAL_ACCESS_TOKEN: TOKEN,
    RATE_LIMIT_ENABLED: "false",
  });
  const res = await postRegistration(
    server.baseUrl,
    {
      client_name: "Outage RP",
      redirect_uris: ["https://rp.example.test/cb"],
      token_endpoint_auth_method: "client_secret_basic",
    },
    TOKEN,
  );
  const client = (await res.json()) as { client_id: string; client_secret: string };
  basic = `Basic ${Buffer.from(`${client.client_id}:${client.client_secret}`).toString("base64")}`;
  browser.session = new HttpSession(server.baseUrl);
  const signUp = await browser.session.post("/api/auth/sign-up/email", USER);
  expect(signUp.status).toBe(200);
}, 120_000);

afterAll(async () => {
  await server?.stop();
  await cluster?.destroy();
});

/** Introspection needs the database (client authentication): the protocol probe. */
const introspect = () =>
  fetch(`${server.baseUrl}/api/auth/oauth2/introspect`, {
    method: "POST",
    headers: { authorization: basic, "content-type": "application/x-www-form-urlencoded" },
    body: "token=not-a-token",
  });
/** /account reads the signed-in session from the database: the page probe. */
const accountPage = () =>
  fetch(`${server.baseUrl}/account`, {
    headers: { cookie: browser.session!.cookieHeader(), accept: "text/html" },
    redirect: "manual",
  });

async function timed(send: () => Promise<Response>) {
  const started = Date.now();
  const res = await send();
  const body = await res.text();
  return { status: res.status, body, ms: Date.now() - started };
}

describe("a PostgreSQL outage", () => {
  it("answers 503 within 5 s while the database is down and recovers within 5 s", async () => {
    expect((await timed(introspect)).status).toBe(200);
    expect((await timed(accountPage)).status).toBe(200);

    await cluster.stop();
    const during = await Promise.all(
      Array.from({ length: 4 }, (_, i) => timed(i % 2 ? accountPage : introspect)),
    );
    during.push(await timed(introspect), await timed(accountPage));
    console.log(`[outage] during: ${during.map((a) => `${a.status} in ${a.ms} ms`).join(", ")}`);
    for (const answer of during) {
      expect(answer.status).toBe(503);
      expect(answer.ms).toBeLessThan(OUTAGE_BOUND_MS);
    }
    const protocol = during.find((a) => a.body.startsWith("{"))!;
    expect(JSON.parse(protocol.body)).toMatchObject({ error: "temporarily_unavailable" });
    expect(during.find((a) => a.body.includes("<html"))!.body).toContain("Temporarily unavailable");

    await cluster.start();
    const restarted = Date.now();
    let recoveredAfter = -1;
    while (Date.now() - restarted < OUTAGE_BOUND_MS + 1000) {
      const [a, b] = await Promise.all([timed(introspect), timed(accountPage)]);
      if (a.status === 200 && b.status === 200) {
        recoveredAfter = Date.now() - restarted;
        break;
      }
      expect([a.status, b.status].every((s) => s === 200 || s === 503)).toBe(true);
      await new Promise((resolve) => setTimeout(resolve, 100)); // polling interval, not a wait for timing
    }
    console.log(`[outage] recovered ${recoveredAfter} ms after the database was back`);
    expect(recoveredAfter).toBeGreaterThanOrEqual(0);
    expect(recoveredAfter).toBeLessThan(OUTAGE_BOUND_MS);

    const after = await Promise.all(
      Array.from({ length: 20 }, (_, i) => timed(i % 2 ? accountPage : introspect)),
    );
    expect(after.map((a) => a.status)).toEqual(after.map(() => 200));
  });
});
