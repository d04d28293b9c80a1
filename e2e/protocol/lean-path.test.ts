import { describe, expect, it } from "vitest";
import { baseUrl, registerClient } from "./helpers";

/**
 * The machine endpoints answered by the lean path (lib/lean-path.ts, issue 14): documents that
 * are the same for every caller come from memory with a validator, and every answer carries the
 * headers Next adds to its own routes.
 */
const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(new URL(path, baseUrl()), { headers });

describe("lean path", () => {
  for (const path of [
    "/api/auth/jwks",
    "/.well-known/openid-configuration",
    "/.well-known/oauth-authorization-server/api/auth",
  ]) {
    it(`serves ${path} with Cache-Control and a stable ETag, and 304 to If-None-Match`, async () => {
      const first = await get(path);
      expect(first.status).toBe(200);
      const etag = first.headers.get("etag");
      expect(etag).toMatch(/^"[\w-]+"$/);
      expect(first.headers.get("cache-control")).toMatch(/public, max-age=\d+/);
      expect(first.headers.get("x-content-type-options")).toBe("nosniff");
      const body = await first.text();

      const second = await get(path);
      expect(second.headers.get("etag")).toBe(etag);
      expect(await second.text()).toBe(body);

      const revalidated = await get(path, { "if-none-match": `"other", ${etag}` });
      expect(revalidated.status).toBe(304);
      expect(revalidated.headers.get("etag")).toBe(etag);
      expect(await revalidated.text()).toBe("");

      const changed = await get(path, { "if-none-match": '"something-else"' });
      expect(changed.status).toBe(200);
    });
  }

  it("answers the token endpoint with the security headers and the RFC error shape", async () => {
    const client = await registerClient();
    const res = await fetch(new URL("/api/auth/oauth2/token", baseUrl()), {
      method: "POST",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        authorization: `Basic ${Buffer.from(`${client.client_id}:${client.client_secret}`).toString("base64")}`,
      },
      body: "grant_type=authorization_code&code=not-a-code&redirect_uri=http%3A%2F%2F127.0.0.1%3A9876%2Fcallback",
    });
    expect(res.status).toBe(400);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(((await res.json()) as { error: string }).error).toBe("invalid_grant");
  });
});
