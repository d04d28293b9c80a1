import * as oidc from "openid-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADMIN, INITIAL_ACCESS_TOKEN, TEST_SECRET } from "./global-setup";
import { Browser, CALLBACK, codeFlow, newUser, signUp } from "./helpers";
import { registerTestClient, rpConfig, testClientMetadata } from "./oauth-client";
import { createDatabase, startServer, type RunningServer } from "./server";
import { startRedis, startRelay, throughRelay } from "./services";

/**
 * Operations: health, readiness with PostgreSQL or Redis away, Prometheus metrics behind
 * METRICS_TOKEN, and the structured log of a full flow (one JSON line per request and per
 * security event, never a secret). Its own server, database relay and redis-server.
 */
const METRICS_TOKEN = "metrics-token-0123456789abcdef";

let server: RunningServer;
let redis: Awaited<ReturnType<typeof startRedis>>;
let relay: Awaited<ReturnType<typeof startRelay>>;
let database: Awaited<ReturnType<typeof createDatabase>>;

beforeAll(async () => {
  database = await createDatabase("gatehouse_ops");
  relay = await startRelay();
  redis = await startRedis();
  server = await startServer({
    DATABASE_URL: throughRelay(database.url, relay.port),
    REDIS_URL: redis.url,
    METRICS_TOKEN,
    LOG_LEVEL: "info",
    BETTER_AUTH_SECRET: TEST_SECRET,
    INITIAL_ACCESS_TOKEN,
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    SEED_DEMO_CLIENTS: "false",
  });
});

afterAll(async () => {
  await server?.stop();
  await redis?.stop();
  await relay?.close();
  await database?.drop();
});

const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${server.baseUrl}${path}`, { headers });

/** Polls until `check` holds; the bound is the behaviour under test, not a sleep. */
async function within<T>(ms: number, run: () => Promise<T>, check: (v: T) => boolean) {
  const deadline = Date.now() + ms;
  let value = await run();
  while (!check(value) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 100));
    value = await run();
  }
  return value;
}

/** /api/ready, polled until it answers `status` or `ms` have passed (its last answer either way). */
const readyWithin = (ms: number, status: number) =>
  within(
    ms,
    () => get("/api/ready"),
    (r) => r.status === status,
  );

const logLines = () =>
  server
    .output()
    .split("\n")
    .filter((l) => l.startsWith("{"))
    .map((l) => JSON.parse(l) as Record<string, unknown>);

describe("health and readiness", () => {
  it("answers liveness without touching a dependency", async () => {
    const res = await get("/api/health");
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok" });
    expect(res.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("is ready when PostgreSQL, the migrations and Redis are", async () => {
    const res = await get("/api/ready");
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      status: "ready",
      checks: { database: "ok", migrations: "ok", redis: "ok" },
    });
  });
});

describe("structured logs and metrics of a full flow", () => {
  const secrets: string[] = [];
  let flowRequestId = "";

  beforeAll(async () => {
    const newcomer = new Browser(server.baseUrl);
    const user = await signUp(newcomer, newUser());
    const browser = new Browser(server.baseUrl);
    const client = await registerTestClient(
      server.baseUrl,
      { client_name: "Ops RP", ...testClientMetadata(CALLBACK) },
      INITIAL_ACCESS_TOKEN,
    );
    const config = await rpConfig(client, server.baseUrl);
    const { tokens, callback } = await codeFlow(config, browser, {
      user,
      consent: "accept",
    });
    const refreshed = await oidc.refreshTokenGrant(config, tokens.refresh_token!);
    await oidc.tokenRevocation(config, refreshed.access_token);
    const failed = await fetch(`${server.baseUrl}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: server.baseUrl },
      body: JSON.stringify({ email: user.email, password: "wrong-password-123" }),
    });
    expect(failed.status).toBe(401);
    flowRequestId = failed.headers.get("x-request-id") ?? "";
    secrets.push(
      user.password,
      "wrong-password-123",
      client.client_secret!,
      callback.searchParams.get("code")!,
      tokens.access_token,
      tokens.refresh_token!,
      tokens.id_token!,
      refreshed.access_token,
      refreshed.refresh_token!,
      ...[browser, newcomer]
        .map((b) => b.cookieHeader())
        .join("; ")
        .split("; ")
        .map((c) => decodeURIComponent(c.slice(c.indexOf("=") + 1)).split(".")[0]!),
      INITIAL_ACCESS_TOKEN,
      METRICS_TOKEN,
      TEST_SECRET,
      ADMIN.password,
    );
  });

  it("writes one JSON line per request, with the id returned to the client", async () => {
    // The line is written when the response has been sent: wait for the pipe to deliver it.
    const lines = await within(
      5000,
      async () => logLines(),
      (all) => all.some((l) => l.requestId === flowRequestId && l.kind === "request"),
    );
    const requests = lines.filter((l) => l.kind === "request");
    expect(requests.map((l) => l.endpoint)).toEqual(
      expect.arrayContaining(["authorize", "token", "revoke", "sign_in", "sign_up", "discovery"]),
    );
    for (const line of requests) {
      expect(line).toMatchObject({ level: "info", requestId: expect.any(String) });
      expect(line.path).not.toContain("?");
    }
    const failedSignIn = requests.find((l) => l.requestId === flowRequestId);
    expect(failedSignIn).toMatchObject({ endpoint: "sign_in", status: 401 });
  });

  it("writes one JSON line per security event, tied to its request", () => {
    const events = logLines().filter((l) => l.kind === "security");
    expect(events.map((l) => l.event)).toEqual(
      expect.arrayContaining(["user.sign_up", "user.sign_in", "consent.granted"]),
    );
    expect(events).toContainEqual(
      expect.objectContaining({ event: "user.sign_in_failed", requestId: flowRequestId }),
    );
  });

  it("never logs a secret, token, code or password used in the flow", () => {
    const output = server.output();
    expect(secrets.filter((s) => s.length < 8)).toEqual([]);
    for (const secret of secrets) expect(output.includes(secret), secret.slice(0, 4)).toBe(false);
  });

  it("refuses the metrics without the token", async () => {
    const anonymous = await get("/api/metrics");
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get("www-authenticate")).toMatch(/^Bearer/);
    expect(
      (await get("/api/metrics", { authorization: "Bearer wrong-token-0123456789" })).status,
    ).toBe(401);
  });

  it("serves Prometheus text that counts the flow", async () => {
    const res = await get("/api/metrics", { authorization: `Bearer ${METRICS_TOKEN}` });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/plain");
    const text = await res.text();
    const value = (pattern: RegExp) => Number(pattern.exec(text)?.[1] ?? Number.NaN);
    expect(value(/gatehouse_tokens_issued_total\{grant_type="authorization_code"\} (\d+)/)).toBe(1);
    expect(value(/gatehouse_tokens_issued_total\{grant_type="refresh_token"\} (\d+)/)).toBe(1);
    expect(value(/gatehouse_sign_ins_total\{method="password",outcome="success"\} (\d+)/)).toBe(1);
    expect(value(/gatehouse_sign_ins_total\{method="password",outcome="failure"\} (\d+)/)).toBe(1);
    expect(
      value(/gatehouse_http_requests_total\{endpoint="token",method="POST",status="200"\} (\d+)/),
    ).toBe(2);
    expect(text).toMatch(
      /gatehouse_http_request_duration_seconds_bucket\{le="[^"]+",endpoint="token",method="POST",status="200"\}/,
    );
    expect(value(/gatehouse_db_pool_connections\{state="pool_max"\} (\d+)/)).toBeGreaterThan(0);
    expect(text).toContain("gatehouse_process_cpu_user_seconds_total");
    expect(text).toContain("gatehouse_rate_limit_refusals_total");
    for (const secret of secrets) expect(text.includes(secret)).toBe(false);
  });
});

describe("outages", () => {
  it("reports Redis unavailable, keeps serving sessions from PostgreSQL, and recovers", async () => {
    const browser = new Browser(server.baseUrl);
    await signUp(browser, newUser());
    await redis.stop();
    const ready = await readyWithin(5000, 503);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ status: "unavailable", failing: ["redis"] });
    // The session is read from the database while the cache is away.
    const session = await browser.get("/api/auth/get-session", { accept: "application/json" });
    expect(session.status).toBe(200);
    expect(await session.json()).toMatchObject({ user: { email: expect.any(String) } });
    // The log is written in batches (lib/operations/logger.ts): wait for the line.
    const warned = await within(
      5000,
      async () => logLines(),
      (all) => all.some((l) => l.kind === "redis" && l.level === "warn"),
    );
    expect(warned).toContainEqual(expect.objectContaining({ kind: "redis", level: "warn" }));

    redis = await startRedis(redis.port);
    const back = await readyWithin(10_000, 200);
    expect(back.status).toBe(200);
  });

  it("reports PostgreSQL unavailable within five seconds while liveness holds, and recovers", async () => {
    await relay.close();
    const started = Date.now();
    const ready = await get("/api/ready");
    expect(Date.now() - started).toBeLessThan(5000);
    expect(ready.status).toBe(503);
    const body = (await ready.json()) as { failing: string[] };
    expect(body.failing).toContain("database");
    expect((await get("/api/health")).status).toBe(200);

    await relay.open();
    const back = await readyWithin(15_000, 200);
    expect(back.status).toBe(200);
  });
});
