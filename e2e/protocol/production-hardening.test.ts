import { randomUUID } from "node:crypto";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Browser, newUser, signUp } from "./helpers";
import { startOwnServer } from "./server";
import { attempt } from "./sign-in-attempt";

describe("a production server without a proxy or SMTP_URL (own server, rate limiter on)", () => {
  let server: Awaited<ReturnType<typeof startOwnServer>> | undefined;

  beforeAll(async () => {
    server = await startOwnServer("gatehouse_throttle", { RATE_LIMIT_ENABLED: "true" });
  }, 180_000);

  afterAll(async () => {
    await server?.stop();
  });

  it("never prints a live reset link or token, keeps the mail in the outbox and stores the token hashed", async () => {
    const browser = new Browser(server!.baseUrl);
    const user = await signUp(browser, newUser());
    const res = await fetch(new URL("/api/auth/request-password-reset", server!.baseUrl), {
      method: "POST",
      headers: { "content-type": "application/json", origin: server!.baseUrl },
      body: JSON.stringify({ email: user.email, redirectTo: "/reset-password" }),
    });
    expect(res.status).toBe(200);
    const sql = postgres(server!.databaseUrl, { max: 1, onnotice: () => {} });
    const [mail] = await sql<{ text: string }[]>`
      select text from mail_outbox where recipient = ${user.email}`;
    await sql.end();
    const link = /https?:\/\/\S+reset-password\/([\w-]+)\S*/.exec(mail?.text ?? "");
    expect(link, "the outbox holds the reset link").not.toBeNull();
    const [url, token] = [link![0], link![1]!];
    expect(server!.output()).toContain(`mail to ${user.email} stored in the admin outbox`);
    expect(server!.output()).not.toContain(token);
    expect(server!.output()).not.toContain(url);

    // The one-time identifier is stored hashed (verification.storeIdentifier), yet still works.
    const db = postgres(server!.databaseUrl, { max: 1, onnotice: () => {} });
    const identifiers = await db<{ identifier: string }[]>`select identifier from verification`;
    await db.end();
    expect(identifiers.length).toBeGreaterThan(0);
    for (const { identifier } of identifiers) expect(identifier).not.toContain(token);
    const reset = await fetch(new URL("/api/auth/reset-password", server!.baseUrl), {
      method: "POST",
      headers: { "content-type": "application/json", origin: server!.baseUrl },
      body: JSON.stringify({ token, newPassword: "another-horse-battery" }),
    });
    expect(reset.status).toBe(200);
  });

  it("ignores a spoofed X-Forwarded-For and sends Retry-After with every 429", async () => {
    const answers = [];
    // A different email each time: only the per-address limit (3 per 10 s) can refuse these.
    for (let i = 0; i < 10; i++) {
      answers.push(await attempt(server!.baseUrl, `x-${randomUUID()}@example.test`, "wrong-pw-1"));
    }
    const statuses = answers.map((a) => a.status);
    console.log(
      `10 sign-ins from one address with rotating X-Forwarded-For: ${statuses.join(" ")}`,
    );
    expect(statuses.slice(0, 3)).toEqual([401, 401, 401]);
    expect(statuses.slice(3).every((s) => s === 429)).toBe(true);
    for (const a of answers.slice(3)) expect(Number(a.retryAfter)).toBeGreaterThan(0);
  });
});
