import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { eq, inArray } from "drizzle-orm";
import { db } from "@/db";
import { oauthClient, user } from "@/db/schema";
import { ADMIN_ROLE, auth, hasAdminRole } from "@/lib/auth";
import { DATA_DIR, env } from "@/lib/env";
import { PLATFORM_REFERENCE } from "@/lib/oauth/registration";
import { withSessionOf } from "@/lib/system-session";

const DEV_ADMIN_EMAIL = "admin@example.com";
const credentialsFile = path.join(DATA_DIR, "dev-credentials.json");

type DevCredentials = {
  admin?: { email: string; password: string };
  clients?: { name: string; client_id: string; client_secret?: string; redirect_uris: string[] }[];
};

function readCredentials(): DevCredentials {
  if (!existsSync(credentialsFile)) return {};
  return JSON.parse(readFileSync(credentialsFile, "utf8")) as DevCredentials;
}

function writeCredentials(data: DevCredentials) {
  mkdirSync(DATA_DIR, { recursive: true });
  writeFileSync(credentialsFile, JSON.stringify(data, null, 2) + "\n", { mode: 0o600 });
}

/** Ensures the ADMIN_EMAIL user exists with role admin; returns its id (or undefined). */
export async function ensureAdmin(): Promise<string | undefined> {
  const isDev = env.NODE_ENV !== "production";
  const email = (env.ADMIN_EMAIL ?? (isDev ? DEV_ADMIN_EMAIL : undefined))?.toLowerCase();
  if (!email) return undefined;

  const [existing] = await db
    .select({ id: user.id, role: user.role })
    .from(user)
    .where(eq(user.email, email));
  if (existing) {
    if (!hasAdminRole(existing.role)) {
      await db.update(user).set({ role: ADMIN_ROLE }).where(eq(user.id, existing.id));
      console.log(`[gatehouse] ${email} now has the admin role`);
    }
    return existing.id;
  }

  const password = env.ADMIN_PASSWORD ?? randomBytes(12).toString("base64url");
  const created = await auth.api.signUpEmail({
    body: { email, password, name: "Administrator" },
  });
  await db
    .update(user)
    .set({ role: ADMIN_ROLE, emailVerified: true })
    .where(eq(user.id, created.user.id));
  if (!env.ADMIN_PASSWORD) {
    // Printed once, at creation; development also keeps it in .data/ for the newcomer.
    console.log(`[gatehouse] created admin ${email} with password: ${password}`);
    if (isDev) writeCredentials({ ...readCredentials(), admin: { email, password } });
  } else {
    console.log(`[gatehouse] created admin ${email} (password from ADMIN_PASSWORD)`);
  }
  return created.user.id;
}

const DEMO_CLIENTS = [
  {
    client_name: "Demo web app",
    application_type: "native" as const,
    token_endpoint_auth_method: "client_secret_basic",
    redirect_uris: ["http://localhost/callback", "http://127.0.0.1/callback"],
    post_logout_redirect_uris: ["http://localhost/"],
    enable_end_session: true,
    scope: "openid profile email offline_access organization",
  },
  {
    client_name: "Demo CLI (public)",
    application_type: "native" as const,
    token_endpoint_auth_method: "none",
    redirect_uris: ["http://127.0.0.1/callback", "com.example.gatehouse:/callback"],
    scope: "openid profile email offline_access",
  },
];

/** Development only: one confidential and one public client to try a flow at once. */
export async function seedDemoClients(adminId: string) {
  const saved = readCredentials();
  const ids = (saved.clients ?? []).map((c) => c.client_id);
  const present = ids.length
    ? await db
        .select({ clientId: oauthClient.clientId })
        .from(oauthClient)
        .where(inArray(oauthClient.clientId, ids))
    : [];
  if (ids.length === DEMO_CLIENTS.length && present.length === ids.length) {
    console.log(`[gatehouse] demo clients: see ${path.relative(process.cwd(), credentialsFile)}`);
    return;
  }

  const clients = await withSessionOf(adminId, async (headers) => {
    const out: NonNullable<DevCredentials["clients"]> = [];
    for (const body of DEMO_CLIENTS) {
      const c = await auth.api.adminCreateOAuthClient({ headers, body });
      out.push({
        name: body.client_name,
        client_id: c.client_id,
        client_secret: c.client_secret,
        redirect_uris: body.redirect_uris,
      });
    }
    return out;
  });
  writeCredentials({ ...saved, clients });
  console.log(`[gatehouse] seeded demo clients (owner "${PLATFORM_REFERENCE}"):`);
  for (const c of clients) {
    console.log(
      `  ${c.name}: client_id=${c.client_id}` +
        (c.client_secret ? ` client_secret=${c.client_secret}` : " (public, PKCE)") +
        ` redirect_uris=${c.redirect_uris.join(",")}`,
    );
  }
}
