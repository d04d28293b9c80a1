import { randomBytes } from "node:crypto";
import { isIP } from "node:net";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import * as z from "zod";
import { DATA_DIR } from "@/db/config";

/** Thrown for configuration mistakes; start-up prints the message alone, without a stack. */
export class ConfigError extends Error {
  override name = "ConfigError";
}

const isBuild = process.env.NEXT_PHASE === "phase-production-build";

export { DATA_DIR };

const bool = (fallback: boolean) =>
  z
    .enum(["true", "false", "1", "0"])
    .optional()
    .transform((v) => (v === undefined ? fallback : v === "true" || v === "1"));
const seconds = (fallback: number) => z.coerce.number().int().min(0).default(fallback);
const limit = (fallback: number) => z.coerce.number().int().min(1).default(fallback);
const emptyAsUndefined = (v: unknown) => (v === "" ? undefined : v);
const isAddressOrRange = (entry: string) => {
  const [address, prefix, extra] = entry.split("/");
  const family = isIP(address ?? "");
  if (!family || extra !== undefined) return false;
  if (prefix === undefined) return true;
  return /^\d+$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
};

const schema = (isProduction: boolean) =>
  z.object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    DATABASE_URL: z.preprocess(
      emptyAsUndefined,
      z
        .string()
        .regex(/^postgres(ql)?:\/\//, "must start with postgres:// or postgresql://")
        .optional(),
    ),
    PGLITE_DIR: z.string().optional(),
    BETTER_AUTH_SECRET: z.preprocess(
      emptyAsUndefined,
      z.string().min(32, "must be at least 32 characters").optional(),
    ),
    BETTER_AUTH_URL: z.preprocess(
      emptyAsUndefined,
      z
        .url({ protocol: /^https?$/ })
        .refine(
          (u) => new URL(u).pathname === "/" && !u.endsWith("/"),
          "must be an origin without a path or trailing slash",
        )
        .optional(),
    ),
    ADMIN_EMAIL: z.preprocess(emptyAsUndefined, z.email().optional()),
    ADMIN_PASSWORD: z.preprocess(emptyAsUndefined, z.string().min(8).optional()),
    INITIAL_ACCESS_TOKEN: z.preprocess(
      emptyAsUndefined,
      z.string().min(16, "must be at least 16 characters").optional(),
    ),
    SEED_DEMO_CLIENTS: bool(!isProduction),
    REFRESH_TOKEN_REUSE_INTERVAL: seconds(0),
    DATABASE_WAIT_SECONDS: seconds(30),
    SIGNING_KEY_CACHE_SECONDS: seconds(60),
    // How long a rotated signing key stays in the JWKS after it stopped signing; longer than the
    // longest JWT lifetime (ID tokens 10 h, JWT access tokens 1 h by default).
    SIGNING_KEY_GRACE_SECONDS: seconds(7 * 24 * 60 * 60),
    CLIENT_CACHE_SECONDS: seconds(30),
    RATE_LIMIT_ENABLED: bool(isProduction),
    RATE_LIMIT_WINDOW: seconds(60),
    RATE_LIMIT_MAX: limit(600),
    RATE_LIMIT_TOKEN: limit(1200),
    RATE_LIMIT_AUTHORIZE: limit(600),
    RATE_LIMIT_INTROSPECT: limit(6000),
    RATE_LIMIT_REVOKE: limit(600),
    RATE_LIMIT_REGISTER: limit(30),
    RATE_LIMIT_USERINFO: limit(2400),
    SMTP_URL: z.preprocess(
      emptyAsUndefined,
      z
        .string()
        .regex(/^smtps?:\/\//, "must start with smtp:// or smtps://")
        .optional(),
    ),
    MAIL_FROM: z.string().default("Gatehouse <no-reply@localhost>"),
    REQUIRE_EMAIL_VERIFICATION: bool(false),
    PAIRWISE_SECRET: z.preprocess(
      emptyAsUndefined,
      z.string().min(32, "must be at least 32 characters").optional(),
    ),
    OPEN_REGISTRATION: bool(false),
    CLIENT_ID_METADATA_DOCUMENTS: bool(true),
    OUTBOUND_ALLOW_PRIVATE_NETWORKS: bool(false),
    REDIS_URL: z.preprocess(
      emptyAsUndefined,
      z
        .string()
        .regex(/^rediss?:\/\//, "must start with redis:// or rediss://")
        .optional(),
    ),
    METRICS_TOKEN: z.preprocess(
      emptyAsUndefined,
      z.string().min(16, "must be at least 16 characters").optional(),
    ),
    LOG_LEVEL: z
      .enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"])
      .default("info"),
    IP_ADDRESS_HEADERS: z
      .string()
      .default("x-forwarded-for")
      .transform((v) =>
        v
          .split(",")
          .map((h) => h.trim().toLowerCase())
          .filter(Boolean),
      ),
    // Peers allowed to set IP_ADDRESS_HEADERS (IPs or CIDR ranges); from anyone else those
    // headers are replaced by the connection's own address (lib/client-address.ts).
    TRUSTED_PROXIES: z
      .string()
      .default("")
      .transform((v) =>
        v
          .split(",")
          .map((h) => h.trim())
          .filter(Boolean),
      )
      .refine((list) => list.every(isAddressOrRange), "must list IP addresses or CIDR ranges"),
    // Per-account sign-in throttling (lib/sign-in-throttle.ts).
    SIGN_IN_LOCK_THRESHOLD: limit(5),
    SIGN_IN_LOCK_SECONDS: limit(30),
    SIGN_IN_LOCK_MAX_SECONDS: limit(900),
  });

export type Env = z.infer<ReturnType<typeof schema>> & {
  BETTER_AUTH_SECRET: string;
  BETTER_AUTH_URL: string;
};

/** Development keeps one generated secret in .data/ so sessions survive restarts. */
function developmentSecret(): string {
  const file = path.join(DATA_DIR, "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(DATA_DIR, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret + "\n", { mode: 0o600 });
  return secret;
}

export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = schema(source.NODE_ENV === "production").safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new ConfigError(`Invalid environment:\n${lines.join("\n")}`);
  }
  const values = parsed.data;
  let secret = values.BETTER_AUTH_SECRET;
  if (!secret) {
    if (isBuild) {
      // `next build` evaluates route modules; it needs no real secret and serves no request.
      secret = "build-time-placeholder-secret-never-used-at-runtime";
    } else if (values.NODE_ENV === "production") {
      throw new ConfigError(
        "BETTER_AUTH_SECRET is required in production (at least 32 characters; e.g. `openssl rand -base64 32`).",
      );
    } else {
      secret = developmentSecret();
    }
  }
  return {
    ...values,
    BETTER_AUTH_SECRET: secret,
    BETTER_AUTH_URL: values.BETTER_AUTH_URL ?? `http://localhost:${values.PORT}`,
  };
}

export const env: Env = loadEnv();
