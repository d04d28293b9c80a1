import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import {
  Browser,
  codeFlow,
  newUser,
  registerClient,
  rpConfig,
  signIn,
  signUp,
  type RegisteredClient,
} from "./helpers";

type AuditRow = {
  type: string;
  actor_id: string | null;
  actor_label: string | null;
  target_type: string | null;
  target_id: string | null;
  target_label: string | null;
  ip_address: string | null;
  user_agent: string | null;
  details: Record<string, unknown> | null;
};

describe("audit log of Better Auth's own endpoints", () => {
  const sql = postgres(inject("databaseUrl"), { max: 2, onnotice: () => {} });
  const browser = new Browser();
  const user = newUser();
  let userId: string;
  let client: RegisteredClient;
  const secrets: string[] = [];

  const rows = (type: string, label: string) =>
    sql<AuditRow[]>`
      select type, actor_id, actor_label, target_type, target_id, target_label, ip_address,
             user_agent, details
      from audit_event where type = ${type} and (target_label = ${label} or actor_label = ${label})
      order by created_at`;

  beforeAll(async () => {
    ({ id: userId } = await signUp(browser, user));
    secrets.push(user.password);
  });
  afterAll(() => sql.end());

  it("records a sign-up with the new user as actor and target, and the request's IP and agent", async () => {
    const [row = {} as AuditRow] = await rows("user.sign_up", user.email);
    expect(row).toMatchObject({
      actor_id: userId,
      actor_label: user.email,
      target_type: "user",
      target_id: userId,
    });
    expect(row.ip_address).toBeTruthy();
    expect(row.user_agent).toBeTruthy();
  });

  it("records a failed sign-in with the attempted address and the reason, not the password", async () => {
    const wrong = "wrong-password-for-the-audit-log";
    secrets.push(wrong);
    const res = await new Browser().post("/api/auth/sign-in/email", {
      email: user.email,
      password: wrong,
    });
    expect(res.status).toBe(401);
    const [row = {} as AuditRow] = await rows("user.sign_in_failed", user.email);
    expect(row).toMatchObject({ actor_id: null, target_type: "user", target_label: user.email });
    expect(row.details).toMatchObject({ method: "password", reason: "INVALID_EMAIL_OR_PASSWORD" });
  });

  it("records a successful sign-in with its method", async () => {
    await signIn(new Browser(), user);
    const signIns = await rows("user.sign_in", user.email);
    expect(signIns.at(-1)).toMatchObject({
      actor_id: userId,
      target_id: userId,
      details: { method: "password" },
    });
  });

  it("records consent granted with the client as target and the granted scopes", async () => {
    client = await registerClient();
    if (client.client_secret) secrets.push(client.client_secret);
    const config = await rpConfig(client);
    const { tokens } = await codeFlow(config, browser, { consent: "accept" });
    secrets.push(tokens.access_token, tokens.refresh_token ?? "", tokens.id_token ?? "");
    const [row = {} as AuditRow] = await sql<AuditRow[]>`
      select type, actor_id, target_type, target_id, details from audit_event
      where type = 'consent.granted' and target_id = ${client.client_id}`;
    expect(row).toMatchObject({ actor_id: userId, target_type: "client" });
    expect(row.details?.scopes).toEqual(["openid", "profile", "email", "offline_access"]);
  });

  it("records a password reset request and the reset itself", async () => {
    const anonymous = new Browser();
    const res = await anonymous.post("/api/auth/request-password-reset", {
      email: user.email,
      redirectTo: "/reset-password",
    });
    expect(res.ok).toBe(true);
    const [mail] = await sql<{ text: string }[]>`
      select text from mail_outbox where recipient = ${user.email} order by created_at desc limit 1`;
    const token = /\/reset-password\/([^?\s]+)/.exec(mail!.text)?.[1];
    expect(token).toBeTruthy();
    secrets.push(token!);
    const newPassword = "a-brand-new-password-42";
    secrets.push(newPassword);
    const reset = await anonymous.post("/api/auth/reset-password", { token, newPassword });
    expect(reset.ok).toBe(true);

    expect(await rows("user.password_reset_requested", user.email)).toHaveLength(1);
    const [row = {} as AuditRow] = await rows("user.password_reset", user.email);
    expect(row).toMatchObject({ actor_id: userId, target_id: userId });
  });

  it("never stores a password, token or client secret", async () => {
    const all = await sql<{ row: string }[]>`select row_to_json(a)::text as row from audit_event a`;
    const text = all.map((r) => r.row).join("\n");
    for (const secret of secrets.filter(Boolean)) expect(text).not.toContain(secret);
  });

  it("is append-only: the database refuses updates and deletes", async () => {
    await expect(sql`update audit_event set type = 'tampered'`).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit_event`).rejects.toThrow(/append-only/);
  });
});
