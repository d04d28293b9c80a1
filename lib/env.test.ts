import { describe, expect, it } from "vitest";
import { loadEnv } from "./env";

const secret = "x".repeat(32);

describe("loadEnv", () => {
  it("defaults BETTER_AUTH_URL to localhost on PORT and strict refresh rotation", () => {
    const env = loadEnv({ NODE_ENV: "development", PORT: "4123", BETTER_AUTH_SECRET: secret });
    expect(env.BETTER_AUTH_URL).toBe("http://localhost:4123");
    expect(env.REFRESH_TOKEN_REUSE_INTERVAL).toBe(0);
    expect(env.SEED_DEMO_CLIENTS).toBe(true);
  });

  it("refuses production without BETTER_AUTH_SECRET with a readable message", () => {
    expect(() => loadEnv({ NODE_ENV: "production" })).toThrow(
      /BETTER_AUTH_SECRET is required in production/,
    );
  });

  it("refuses a short secret, a non-postgres DATABASE_URL and a BETTER_AUTH_URL with a path", () => {
    const load = () =>
      loadEnv({
        NODE_ENV: "production",
        BETTER_AUTH_SECRET: "short",
        DATABASE_URL: "mysql://localhost/db",
        BETTER_AUTH_URL: "https://id.example.com/auth",
      });
    expect(load).toThrow(/BETTER_AUTH_SECRET: must be at least 32 characters/);
    expect(load).toThrow(/DATABASE_URL: must start with postgres:\/\/ or postgresql:\/\//);
    expect(load).toThrow(/BETTER_AUTH_URL: must be an origin without a path/);
  });

  it("reads rate limits and trusted IP headers", () => {
    const env = loadEnv({
      NODE_ENV: "production",
      BETTER_AUTH_SECRET: secret,
      RATE_LIMIT_TOKEN: "50",
      IP_ADDRESS_HEADERS: "CF-Connecting-IP, x-real-ip",
    });
    expect(env.RATE_LIMIT_ENABLED).toBe(true);
    expect(env.RATE_LIMIT_TOKEN).toBe(50);
    expect(env.IP_ADDRESS_HEADERS).toEqual(["cf-connecting-ip", "x-real-ip"]);
    expect(env.SEED_DEMO_CLIENTS).toBe(false);
  });
});
