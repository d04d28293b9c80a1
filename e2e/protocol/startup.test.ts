import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Browser, codeFlow, rpConfig, signUp } from "./helpers";
import { startExpectingExit, startServer, type RunningServer } from "./server";

const SECRET = "startup-secret-0123456789abcdef0123456789";

describe("start-up on the embedded PGlite database", () => {
  let server: RunningServer;

  beforeAll(async () => {
    // No DATABASE_URL: the server creates PGlite under GATEHOUSE_DATA_DIR and migrates it.
    server = await startServer({
      BETTER_AUTH_SECRET: SECRET,
      ADMIN_EMAIL: "root@example.test",
      ADMIN_PASSWORD: "root-password-123",
      SEED_DEMO_CLIENTS: "true",
      INITIAL_ACCESS_TOKEN: "startup-initial-access-token",
      RATE_LIMIT_ENABLED: "true",
      RATE_LIMIT_REGISTER: "2",
    });
  });
  afterAll(() => server?.stop());

  it("migrates, ensures the admin and seeds the demo clients", () => {
    const log = server.output();
    expect(log).toContain("created admin root@example.test");
    expect(log).toMatch(/Demo web app: client_id=\w+ client_secret=\w+/);
    expect(log).toMatch(/Demo CLI \(public\): client_id=\w+ \(public, PKCE\)/);
  });

  it("says it is listening only once start-up is done", () => {
    const log = server.output();
    const ready = log.indexOf("[gatehouse] ready: issuer");
    expect(ready).toBeGreaterThanOrEqual(0);
    expect(log.indexOf("[gatehouse] listening on")).toBeGreaterThan(ready);
  });

  it("serves discovery with its own issuer", async () => {
    const res = await fetch(`${server.baseUrl}/.well-known/openid-configuration`);
    expect((await res.json()).issuer).toBe(`${server.baseUrl}/api/auth`);
  });

  it("completes a code flow with the seeded demo client", async () => {
    const saved = JSON.parse(
      readFileSync(path.join(server.dataDir, "dev-credentials.json"), "utf8"),
    );
    const demo = saved.clients.find((c: { name: string }) => c.name === "Demo web app");
    const config = await rpConfig(demo, server.baseUrl);
    const browser = new Browser(server.baseUrl);
    const user = await signUp(browser);
    const { tokens } = await codeFlow(
      config,
      browser,
      { consent: "accept" },
      {},
      "http://127.0.0.1:5555/callback",
    );
    expect(tokens.claims()!.sub).toBe(user.id);
  });

  it("applies the env-tuned registration rate limit", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await fetch(`${server.baseUrl}/api/auth/oauth2/register`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          authorization: "Bearer startup-initial-access-token",
        },
        body: JSON.stringify({
          application_type: "native",
          redirect_uris: ["http://127.0.0.1/cb"],
        }),
      });
      statuses.push(res.status);
    }
    expect(statuses).toEqual([201, 201, 429]);
  });
});

describe("start-up errors", () => {
  it("retries an unreachable DATABASE_URL for DATABASE_WAIT_SECONDS, says so in one line and exits", async () => {
    const started = Date.now();
    const { code, output } = await startExpectingExit({
      BETTER_AUTH_SECRET: SECRET,
      DATABASE_URL: "postgres://postgres:hunter2@127.0.0.1:1/gatehouse",
      DATABASE_WAIT_SECONDS: "2",
    });
    expect(code).not.toBe(0);
    const refused =
      "[gatehouse] Cannot open the DATABASE_URL postgres://postgres@127.0.0.1:1/gatehouse: connection refused";
    const reason = " (is PostgreSQL running and listening there?)";
    expect(output).toContain(`${refused}${reason}; retrying for up to 2 s\n`);
    expect(output.split(refused)).toHaveLength(3); // the retry line, then the final one
    expect(output).not.toContain("[gatehouse] listening"); // it never served
    expect(Date.now() - started).toBeGreaterThanOrEqual(2000);
    expect(output).not.toContain("hunter2");
    expect(output).not.toMatch(/\n\s+at /);
  });

  it("refuses to start in production without BETTER_AUTH_SECRET", async () => {
    const { code, output } = await startExpectingExit({
      DATABASE_URL: "postgres://postgres@127.0.0.1:5432/none",
    });
    expect(code).not.toBe(0);
    expect(output).toContain("BETTER_AUTH_SECRET is required in production");
    expect(output).not.toMatch(/\n\s+at /);
  });
});
