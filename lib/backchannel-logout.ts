import { randomUUID } from "node:crypto";
import type { GenericEndpointContext } from "better-auth";
import { makeSignature } from "better-auth/crypto";
import { signJWT } from "better-auth/plugins";
import { sessionLogoutPlan, type SessionLogoutPlan } from "@/db/queries/backchannel-logout";
import { revokeSessionTokens } from "@/db/writes/backchannel-logout";
import { env } from "@/lib/env";
import { logger } from "@/lib/operations/logger";
import { outboundFetch } from "@/lib/outbound";
import { jwtPluginOptions } from "@/lib/signing-key-cache";

/**
 * OIDC Back-Channel Logout 1.0 (issue 11). Whenever a session row ends — sign-out, RP-initiated
 * logout, an admin ending a user's sessions or banning them, a password change that revokes the
 * other sessions, account deletion — every client that holds a token of that session and has a
 * `backchannel_logout_uri` receives a logout token. Better Auth runs `databaseHooks.session.delete`
 * on each of those paths (bulk deletes included), so the hooks below are the one trigger.
 *
 * The provider ships the same feature but delivers with the global fetch, once, and inline
 * (a hanging receiver holds up the user's sign-out); we replace its delivery with ours
 * (docs/library-facts.md#fact-75): through lib/outbound.ts (SSRF rules), each attempt with a
 * deadline, a bounded number of attempts with back-off, in the background after the session
 * has ended, and every attempt logged (never the token).
 */
export const BACKCHANNEL_LOGOUT_EVENT = "http://schemas.openid.net/event/backchannel-logout";
const LOGOUT_TOKEN_SECONDS = 120;
const ATTEMPTS = 3;
const ATTEMPT_TIMEOUT_MS = 5_000;
const FIRST_BACKOFF_MS = 500;

type Target = SessionLogoutPlan["clients"][number];
type Plan = SessionLogoutPlan & { sessionId: string; userId: string; at: number };

// before → after of one session delete, in this process; entries older than a minute are
// dropped (a delete another hook refused never reaches `after`).
const pending = new Map<string, Plan>();

/** The `sub` the client knows the user by (pairwise: OIDC Core §8.1, the provider's own rule). */
async function subjectFor(userId: string, client: Target) {
  const sector = client.redirectUris?.[0];
  if (client.subjectType !== "pairwise" || !env.PAIRWISE_SECRET || !sector) return userId;
  return makeSignature(`${new URL(sector).host}.${userId}`, env.PAIRWISE_SECRET);
}

async function endpointContext(ctx: GenericEndpointContext | null) {
  if (ctx) return ctx;
  // A delete outside any request (start-up jobs): the auth instance's own context.
  const { auth } = await import("@/lib/auth");
  return { context: await auth.$context } as unknown as GenericEndpointContext;
}

/** The logout token (§2.4): signed like ID tokens, `typ` logout+jwt, never a `nonce`. */
async function logoutToken(ctx: GenericEndpointContext, plan: Plan, client: Target) {
  const options = jwtPluginOptions(ctx.context.options);
  const iat = Math.floor(Date.now() / 1000);
  return signJWT(ctx, {
    options,
    payload: {
      iss: options?.jwt?.issuer,
      aud: client.clientId,
      sub: await subjectFor(plan.userId, client),
      sid: plan.sessionId,
      iat,
      exp: iat + LOGOUT_TOKEN_SECONDS,
      jti: randomUUID(),
      events: { [BACKCHANNEL_LOGOUT_EVENT]: {} },
    },
    header: { typ: "logout+jwt" },
  });
}

const retryable = (status: number) => status === 429 || status >= 500;

/** POSTs one logout token, retrying network failures, timeouts, 429 and 5xx with back-off. */
export async function deliverLogoutToken(clientId: string, uri: string, token: string) {
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    const log = { kind: "backchannel_logout", clientId, uri, attempt };
    let again = attempt < ATTEMPTS;
    try {
      const res = await outboundFetch(uri, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ logout_token: token }).toString(),
        timeoutMs: ATTEMPT_TIMEOUT_MS,
        maxBytes: 16 * 1024,
        allowHttp: env.OUTBOUND_ALLOW_PRIVATE_NETWORKS,
      });
      const ok = res.status >= 200 && res.status < 300;
      logger[ok ? "info" : "warn"]({ ...log, status: res.status }, "back-channel logout attempt");
      if (ok) return true;
      again &&= retryable(res.status);
    } catch (error) {
      logger.warn({ ...log, error: (error as Error).message }, "back-channel logout attempt");
    }
    if (!again) return false;
    await new Promise((r) => setTimeout(r, FIRST_BACKOFF_MS * 2 ** (attempt - 1)));
  }
  return false;
}

async function notify(ctx: GenericEndpointContext, plan: Plan) {
  await Promise.all(
    plan.clients.map(async (client) => {
      try {
        await deliverLogoutToken(client.clientId, client.uri, await logoutToken(ctx, plan, client));
      } catch (error) {
        logger.error(
          {
            kind: "backchannel_logout",
            clientId: client.clientId,
            error: (error as Error).message,
          },
          "back-channel logout failed",
        );
      }
    }),
  );
}

type SessionRow = { id: string; userId: string };

/** `databaseHooks.session.delete` of lib/auth.ts. */
export const backchannelLogoutHooks = {
  async before(session: SessionRow) {
    const now = Date.now();
    for (const [id, plan] of pending) if (now - plan.at > 60_000) pending.delete(id);
    const plan = await sessionLogoutPlan(session.id).catch((error: Error) => {
      logger.error({ kind: "backchannel_logout", error: error.message }, "logout planning failed");
      return null;
    });
    if (plan)
      pending.set(session.id, { ...plan, sessionId: session.id, userId: session.userId, at: now });
  },
  async after(session: SessionRow, ctx: GenericEndpointContext | null) {
    const plan = pending.get(session.id);
    if (!plan) return;
    pending.delete(session.id);
    // The session's tokens end with it (before the response); the letters go out afterwards.
    await revokeSessionTokens(plan);
    const context = await endpointContext(ctx);
    // In the background: the user's sign-out never waits for a relying party.
    void notify(context, plan).catch((error: Error) =>
      logger.error(
        { kind: "backchannel_logout", error: error.message },
        "back-channel logout failed",
      ),
    );
  },
};

type PluginWithInit = { init?: (ctx: never) => unknown };

/**
 * The provider plugin without its own back-channel delivery: its `init` registers
 * `databaseHooks.session.delete` (plan, revoke, deliver once with the global fetch); ours above
 * do the same through lib/outbound.ts. Everything else of the plugin is untouched.
 */
export function withOurBackchannelDelivery<P extends PluginWithInit>(plugin: P): P {
  const init = plugin.init;
  if (!init) return plugin;
  return {
    ...plugin,
    init: async (ctx: never) => {
      const result = (await init(ctx)) as
        { options?: { databaseHooks?: { session?: { delete?: unknown } } } } | undefined;
      if (result?.options?.databaseHooks?.session)
        delete result.options.databaseHooks.session.delete;
      return result;
    },
  };
}
