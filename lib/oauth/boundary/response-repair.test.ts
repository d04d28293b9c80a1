import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Param } from "./input-hygiene";
import { presentedToken, repairResponse } from "./response-repair";

const ORIGIN = "https://id.example.com";
const JWT = "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.";
const libraryError = () => Response.json({ message: "Internal Server Error" }, { status: 500 });
const repair = (
  response: Response,
  endpoint: string,
  authorization: string | null = null,
  params: Param[] = [],
) => repairResponse(response, { endpoint, publicOrigin: ORIGIN, authorization, params });

beforeEach(() => {
  vi.spyOn(console, "warn").mockImplementation(() => {});
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe("the token a request presents", () => {
  it("prefers the token parameter, else the Bearer or DPoP credential", () => {
    expect(presentedToken("Bearer abc", [["token", "xyz"]])).toEqual({
      token: "xyz",
      scheme: "Bearer",
    });
    expect(presentedToken("DPoP abc", [])).toEqual({ token: "abc", scheme: "DPoP" });
    expect(presentedToken("Basic abc", [])).toEqual({ token: undefined, scheme: undefined });
    expect(presentedToken(null, [])).toEqual({ token: undefined, scheme: undefined });
  });
});

describe("response repair", () => {
  it("adds Retry-After to the rate limiter's 429, from X-Retry-After", async () => {
    const limited = new Response(JSON.stringify({ message: "Too many requests." }), {
      status: 429,
      headers: { "x-retry-after": "42", "content-type": "application/json" },
    });
    const res = repair(limited, "/sign-in/email");
    expect(res.status).toBe(429);
    expect(res.headers.get("retry-after")).toBe("42");
    expect(await res.json()).toEqual({ message: "Too many requests." });
  });

  it("gives a 429 without any hint a Retry-After of one window, and keeps one already set", () => {
    expect(repair(new Response(null, { status: 429 }), "/x").headers.get("retry-after")).toBe("60");
    const set = new Response(null, { status: 429, headers: { "retry-after": "7" } });
    expect(repair(set, "/x").headers.get("retry-after")).toBe("7");
  });

  it("turns better-call's 415 into invalid_request", async () => {
    const res = repair(new Response("unsupported", { status: 415 }), "/oauth2/token");
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: "invalid_request",
      error_description: "The request content type is not supported here",
    });
  });

  it("sends a browser's 415 to the /error page", () => {
    const res = repair(new Response(null, { status: 415 }), "/oauth2/authorize");
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toMatch(`${ORIGIN}/error?error=invalid_request`);
  });

  it("answers 401 invalid_token for a 5xx at UserInfo on a JWT-shaped token", async () => {
    const res = repair(libraryError(), "/oauth2/userinfo", `DPoP ${JWT}`);
    expect(res.status).toBe(401);
    expect(res.headers.get("www-authenticate")).toMatch(/^DPoP error="invalid_token"/);
    expect(console.warn).toHaveBeenCalledOnce();
  });

  it("answers active: false and 200 at introspection and revocation", async () => {
    const introspection = repair(libraryError(), "/oauth2/introspect", "Basic x", [["token", JWT]]);
    expect(await introspection.json()).toEqual({ active: false });
    const revocation = repair(libraryError(), "/oauth2/revoke", "Basic x", [["token", JWT]]);
    expect(revocation.status).toBe(200);
  });

  it("treats a JWT-shaped token with characters outside base64url the same way", async () => {
    for (const token of ["eyJh.eyJzdWIi.é", "eyJh+.eyJ.sig", "a!.b.c", "eyJh.nV8c1id4 4rmE.2Y6A"]) {
      const res = repair(libraryError(), "/oauth2/introspect", "Basic x", [["token", token]]);
      expect(await res.json()).toEqual({ active: false });
    }
  });

  it("leaves a 5xx alone when the token is not JWT-shaped or absent", () => {
    const opaque = libraryError();
    expect(repair(opaque, "/oauth2/userinfo", "Bearer opaque-token")).toBe(opaque);
    const none = libraryError();
    expect(repair(none, "/oauth2/introspect", "Basic x", [])).toBe(none);
    expect(console.warn).not.toHaveBeenCalled();
  });

  it("leaves a 5xx alone at endpoints with no invalid-token answer", () => {
    const res = libraryError();
    expect(repair(res, "/oauth2/token", `Bearer ${JWT}`, [["token", JWT]])).toBe(res);
  });

  it("passes every other answer through untouched", () => {
    for (const status of [200, 302, 400, 401, 404]) {
      const res = new Response(null, { status });
      expect(repair(res, "/oauth2/userinfo", `Bearer ${JWT}`)).toBe(res);
    }
  });
});
