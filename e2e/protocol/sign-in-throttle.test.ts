import { randomUUID } from "node:crypto";
import postgres from "postgres";
import { afterAll, describe, expect, inject, it } from "vitest";
import { Browser, newUser, signUp } from "./helpers";
import { attempt } from "./sign-in-attempt";

describe("per-account sign-in throttling (shared server, rate limiter off)", () => {
  const base = inject("baseUrl");
  const sql = postgres(inject("databaseUrl"), { max: 1, onnotice: () => {} });
  afterAll(() => sql.end());

  it("locks an account after 5 wrong passwords however X-Forwarded-For rotates, with Retry-After", async () => {
    const user = await signUp(new Browser(), newUser());
    const answers = [];
    for (let i = 0; i < 50; i++) answers.push(await attempt(base, user.email, "wrong-password-1"));
    const refused = answers.filter((a) => a.status === 429);
    console.log(`50 wrong passwords, rotating X-Forwarded-For: ${refused.length} refused with 429`);
    expect(answers.slice(0, 5).map((a) => a.status)).toEqual([401, 401, 401, 401, 401]);
    expect(refused).toHaveLength(45);
    for (const a of refused) {
      expect(a.code).toBe("TOO_MANY_ATTEMPTS");
      expect(Number(a.retryAfter)).toBeGreaterThan(0);
    }
    // The right password does not get through a lock either.
    expect((await attempt(base, user.email, user.password)).status).toBe(429);

    const [audit] = await sql<{ target_id: string | null; details: { failures: number } }[]>`
      select target_id, details from audit_event
      where type = 'user.sign_in_locked' and target_label = ${user.email.toLowerCase()}`;
    expect(audit?.target_id).toBe(user.id);
    expect(audit?.details.failures).toBe(5);
  });

  it("answers an email without an account exactly as one with an account (no oracle)", async () => {
    const user = await signUp(new Browser(), newUser());
    const nobody = `nobody-${randomUUID()}@example.test`;
    const run = async (email: string) => {
      const answers = [];
      for (let i = 0; i < 7; i++) answers.push(await attempt(base, email, "wrong-password-2"));
      return answers.map((a) => [a.status, a.code, a.retryAfter !== null]);
    };
    const [existing, missing] = [await run(user.email), await run(nobody)];
    expect(missing).toEqual(existing);
    expect(existing.map(([status]) => status)).toEqual([401, 401, 401, 401, 401, 429, 429]);
  });

  it("counts per account in upper or lower case, and a successful sign-in clears the count", async () => {
    const user = await signUp(new Browser(), newUser());
    for (let i = 0; i < 4; i++) {
      expect((await attempt(base, user.email.toUpperCase(), "nope-nope-nope")).status).toBe(401);
    }
    expect((await attempt(base, user.email, user.password)).status).toBe(200);
    for (let i = 0; i < 4; i++) {
      expect((await attempt(base, user.email, "nope-nope-nope")).status).toBe(401);
    }
    expect((await attempt(base, user.email, user.password)).status).toBe(200);
  });
});
