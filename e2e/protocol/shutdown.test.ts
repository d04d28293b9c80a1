import { request } from "node:http";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startOwnServer } from "./server";

/**
 * Graceful shutdown (server.mjs): on SIGTERM the server stops accepting connections, lets the
 * request in flight finish, closes the database pool, and exits 0.
 */
const USER = { email: "shutdown@example.test", password: "shutdown-password-123", name: "S" };

let server: Awaited<ReturnType<typeof startOwnServer>>;

beforeAll(async () => {
  server = await startOwnServer("gatehouse_shutdown", {});
  const res = await fetch(`${server.baseUrl}/api/auth/sign-up/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: server.baseUrl },
    body: JSON.stringify(USER),
  });
  expect(res.status).toBe(200);
}, 120_000);

afterAll(async () => {
  await server?.stop();
});

/** Connections the server holds to its database (application_name gatehouse). */
async function serverConnections() {
  const sql = postgres(server.databaseUrl, { max: 1, onnotice: () => {} });
  const [row] = await sql<{ n: number }[]>`
    select count(*)::int as n from pg_stat_activity
    where datname = current_database() and application_name = 'gatehouse'`;
  await sql.end();
  return row!.n;
}

/** A fresh connection (no keep-alive pool), to see whether the server still accepts. */
const connects = (url: URL) =>
  new Promise<boolean>((resolve) => {
    const req = request({ host: url.hostname, port: url.port, path: "/", agent: false });
    req.on("response", (res) => resolve(Boolean(res.resume())));
    req.on("error", () => resolve(false));
    req.end();
  });

describe("graceful shutdown", () => {
  it("finishes the request in flight, closes the pool and exits 0 on SIGTERM", async () => {
    expect(await serverConnections()).toBeGreaterThan(0);
    const body = Buffer.from(JSON.stringify({ email: USER.email, password: USER.password }));
    const url = new URL(server.baseUrl);
    // `Expect: 100-continue`: the server answers 100 once its request handler has the request
    // (server.mjs counts it in flight), and the body is sent only after SIGTERM.
    const req = request({
      host: url.hostname,
      port: url.port,
      method: "POST",
      path: "/api/auth/sign-in/email",
      agent: false,
      headers: {
        "content-type": "application/json",
        "content-length": body.length,
        origin: server.baseUrl,
        expect: "100-continue",
      },
    });
    const accepted = new Promise<void>((resolve) => req.once("continue", resolve));
    const answer = new Promise<{ status: number; text: string }>((resolve, reject) => {
      req.on("response", (res) => {
        let text = "";
        res.on("data", (chunk) => (text += chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, text }));
      });
      req.on("error", reject);
    });
    req.flushHeaders();
    await accepted;

    server.child.kill("SIGTERM");
    await expect
      .poll(() => server.output(), { timeout: 5000 })
      .toMatch(/SIGTERM: no new connections; finishing 1 request/);
    expect(await connects(url)).toBe(false);

    req.end(body);
    const { status, text } = await answer;
    expect(status).toBe(200);
    expect(JSON.parse(text)).toMatchObject({ user: { email: USER.email } });

    expect(await server.exited).toBe(0);
    expect(server.output()).toContain("[gatehouse] stopped");
    expect(server.output()).not.toContain("shutdown hook failed");
    // The log is written asynchronously: the line of the request finished during shutdown is out.
    const logged = server
      .output()
      .split("\n")
      .filter((line) => line.startsWith("{"))
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(logged).toContainEqual(
      expect.objectContaining({ kind: "request", endpoint: "sign_in", status: 200 }),
    );
    await expect.poll(serverConnections, { timeout: 2000 }).toBe(0);
  });
});
