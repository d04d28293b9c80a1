import * as oidc from "openid-client";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import {
  Browser,
  CALLBACK,
  authorizationRequest,
  codeFlow,
  followAuthorization,
  newUser,
  relyingParty,
  signUp,
  type RegisteredClient,
  type User,
} from "./helpers";

/**
 * Concurrent uses of one credential, decided by the database: bounded trials that print their
 * figures (issue 10). Each trial fires its requests at once with Promise.all.
 */
const TRIALS = 10;
const CONCURRENCY = 50;

type Answer = { status: number; error?: string; body: Record<string, unknown> };

const basic = (client: RegisteredClient) =>
  `Basic ${Buffer.from(
    `${encodeURIComponent(client.client_id)}:${encodeURIComponent(client.client_secret!)}`,
  ).toString("base64")}`;

async function tokenRequest(client: RegisteredClient, params: Record<string, string>) {
  const res = await fetch(`${inject("baseUrl")}/api/auth/oauth2/token`, {
    method: "POST",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      authorization: basic(client),
    },
    body: new URLSearchParams(params),
  });
  const body = (await res.json().catch(() => ({}))) as Record<string, unknown>;
  return { status: res.status, error: body.error as string | undefined, body } satisfies Answer;
}

async function introspect(client: RegisteredClient, token: string) {
  const res = await fetch(`${inject("baseUrl")}/api/auth/oauth2/introspect`, {
    method: "POST",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      authorization: basic(client),
    },
    body: new URLSearchParams({ token }),
  });
  return ((await res.json()) as { active: boolean }).active;
}

const tally = (answers: Answer[]) => {
  const counts: Record<string, number> = {};
  for (const a of answers) {
    const key = a.status === 200 ? "200" : `${a.status} ${a.error ?? ""}`.trim();
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
};

describe("races on one credential", () => {
  const browser = new Browser();
  let user: User;
  let client: RegisteredClient;
  let config: oidc.Configuration;
  const sql = postgres(inject("databaseUrl"), { max: 2, onnotice: () => {} });

  beforeAll(async () => {
    user = await signUp(browser, newUser());
    ({ client, config } = await relyingParty());
    // Consent once, so each trial's authorization goes straight to the callback.
    await codeFlow(config, browser, { user, consent: "accept" });
  });
  afterAll(() => sql.end());

  it(`one code redeemed by ${CONCURRENCY} requests at once: one gets tokens, the rest invalid_grant, no 5xx (${TRIALS} trials)`, async () => {
    let revoked = 0;
    for (let trial = 1; trial <= TRIALS; trial++) {
      const { url, verifier } = await authorizationRequest(config, {
        scope: "openid offline_access",
      });
      const flow = await followAuthorization(browser, url, { user, consent: "accept" });
      const code = flow.url.searchParams.get("code")!;
      expect(code, `trial ${trial} got a code`).toBeTruthy();
      const answers = await Promise.all(
        Array.from({ length: CONCURRENCY }, () =>
          tokenRequest(client, {
            grant_type: "authorization_code",
            code,
            redirect_uri: CALLBACK,
            code_verifier: verifier,
          }),
        ),
      );
      const winners = answers.filter((a) => a.status === 200);
      const winnerRevoked =
        winners.length === 1 &&
        !(await introspect(client, winners[0]!.body.access_token as string));
      if (winnerRevoked) revoked++;
      console.log(
        `code race trial ${trial}: ${JSON.stringify(tally(answers))}; winner's tokens revoked after the reuse: ${winnerRevoked}`,
      );
      expect(winners).toHaveLength(1);
      expect(answers.filter((a) => a.status >= 500)).toHaveLength(0);
      for (const a of answers.filter((x) => x.status !== 200)) {
        expect([a.status, a.error]).toEqual([400, "invalid_grant"]);
      }
    }
    console.log(`code race: ${revoked}/${TRIALS} trials revoked what the code issued`);
    expect(revoked).toBe(TRIALS);
  });

  it(`one refresh token used by ${CONCURRENCY} requests at once revokes the whole grant (${TRIALS} trials)`, async () => {
    let grantRevoked = 0;
    for (let trial = 1; trial <= TRIALS; trial++) {
      const { tokens } = await codeFlow(config, browser, { user, consent: "accept" });
      const refreshToken = tokens.refresh_token!;
      const answers = await Promise.all(
        Array.from({ length: CONCURRENCY }, () =>
          tokenRequest(client, { grant_type: "refresh_token", refresh_token: refreshToken }),
        ),
      );
      const winners = answers.filter((a) => a.status === 200);
      let survivors = 0;
      for (const w of winners) {
        if (await introspect(client, w.body.access_token as string)) survivors++;
        const again = await tokenRequest(client, {
          grant_type: "refresh_token",
          refresh_token: w.body.refresh_token as string,
        });
        if (again.status === 200) survivors++;
      }
      if (survivors === 0) grantRevoked++;
      console.log(
        `refresh race trial ${trial}: ${JSON.stringify(tally(answers))}; winner's new tokens still usable: ${survivors}`,
      );
      expect(winners.length).toBeLessThanOrEqual(1);
      expect(answers.filter((a) => a.status >= 500)).toHaveLength(0);
    }
    console.log(`refresh race: grant revoked in ${grantRevoked}/${TRIALS} trials`);
    expect(grantRevoked).toBe(TRIALS);
  });

  it("100 concurrent consent submissions for one user and client leave one consent row", async () => {
    const { client: fresh, config: freshConfig } = await relyingParty();
    const { url } = await authorizationRequest(freshConfig, { scope: "openid profile" });
    const atConsent = await followAuthorization(browser, url, { user });
    expect(atConsent.url.pathname).toBe("/consent");
    const oauthQuery = atConsent.url.search.slice(1);
    const statuses = await Promise.all(
      Array.from({ length: 100 }, () =>
        browser
          .post("/api/auth/oauth2/consent", { accept: true, oauth_query: oauthQuery })
          .then((r) => r.status),
      ),
    );
    const [{ rows } = { rows: -1 }] = await sql<{ rows: number }[]>`
      select count(*)::int as rows from oauth_consent where client_id = ${fresh.client_id}`;
    console.log(
      `consent race: statuses ${JSON.stringify(tally(statuses.map((status) => ({ status, body: {} }))))}; consent rows: ${rows}`,
    );
    expect(statuses.filter((s) => s >= 500)).toHaveLength(0);
    expect(rows).toBe(1);
  });

  it("20 concurrent sign-ups with one email leave one user, and no 5xx", async () => {
    const same = newUser();
    const statuses = await Promise.all(
      Array.from({ length: 20 }, () =>
        new Browser().post("/api/auth/sign-up/email", same).then((r) => r.status),
      ),
    );
    const [{ users } = { users: -1 }] = await sql<{ users: number }[]>`
      select count(*)::int as users from "user" where lower(email) = ${same.email.toLowerCase()}`;
    console.log(`sign-up race: statuses ${statuses.join(" ")}; users: ${users}`);
    expect(users).toBe(1);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s >= 500)).toHaveLength(0);
  });
});
