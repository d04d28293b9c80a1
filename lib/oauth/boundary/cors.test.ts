import { describe, expect, it } from "vitest";
import { corsPolicy, namedClient, preflight, publicCors, withCors, type OriginCheck } from "./cors";

const SPA = "https://spa.example.test";
// The SPA's origin is registered for client "spa" only.
const check: OriginCheck = async (origin, clientId) =>
  origin === SPA && (clientId === undefined || clientId === "spa");
const corsOf = (res: Response) =>
  Object.fromEntries(
    [...res.headers].filter(([k]) => k.startsWith("access-control-") || k === "vary"),
  );

describe("CORS policy", () => {
  it("sorts endpoints into public documents, client endpoints and the rest", () => {
    expect(corsPolicy("/.well-known/openid-configuration")).toBe("public");
    expect(corsPolicy("/jwks")).toBe("public");
    expect(corsPolicy("/oauth2/token")).toBe("client");
    expect(corsPolicy("/oauth2/end-session")).toBe("client");
    expect(corsPolicy("/sign-in/email")).toBeNull();
    expect(corsPolicy("/oauth2/authorize")).toBeNull();
  });

  it("answers a preflight from a registered origin with methods, headers and Vary", async () => {
    const res = await preflight("client", SPA, check);
    expect(res.status).toBe(204);
    expect(corsOf(res)).toEqual({
      "access-control-allow-origin": SPA,
      "access-control-allow-methods": "GET, POST, OPTIONS",
      "access-control-allow-headers": "Authorization, Content-Type, DPoP",
      "access-control-max-age": "600",
      vary: "Origin",
    });
  });

  it("gives an unknown origin no CORS header, and never credentials", async () => {
    const res = await preflight("client", "https://evil.example.test", check);
    expect(corsOf(res)).toEqual({ vary: "Origin" });
    const answer = await withCors(
      new Response("{}", { headers: { "cache-control": "no-store" } }),
      { policy: "client", origin: "https://evil.example.test" },
      check,
    );
    expect(corsOf(answer)).toEqual({ vary: "Origin" });
    expect(answer.headers.get("cache-control")).toBe("no-store");
    const ok = await withCors(new Response("{}"), { policy: "client", origin: SPA }, check);
    expect(ok.headers.get("access-control-allow-credentials")).toBeNull();
  });

  it("checks the origin against the client the request names", async () => {
    const mine = await withCors(
      new Response("{}"),
      { policy: "client", origin: SPA, clientId: "spa" },
      check,
    );
    expect(mine.headers.get("access-control-allow-origin")).toBe(SPA);
    expect(mine.headers.get("access-control-expose-headers")).toContain("WWW-Authenticate");
    const other = await withCors(
      new Response("{}"),
      { policy: "client", origin: SPA, clientId: "web" },
      check,
    );
    expect(other.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("answers public documents to any origin, keeping the status", async () => {
    const request = new Request("http://x/.well-known/openid-configuration", {
      headers: { origin: "https://anyone.example.test" },
    });
    const res = await publicCors(new Response("nope", { status: 404 }), request);
    expect(res.status).toBe(404);
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect(res.headers.get("vary")).toBeNull();
  });

  it("finds the client a request names: body, query, then HTTP Basic", () => {
    const url = new URL("http://x/api/auth/oauth2/token?client_id=q");
    expect(namedClient([["client_id", "b"]], url, null)).toBe("b");
    expect(namedClient([], url, null)).toBe("q");
    const basic = `Basic ${Buffer.from("my%20client:secret").toString("base64")}`;
    expect(namedClient([], new URL("http://x/"), basic)).toBe("my client");
    expect(namedClient([], new URL("http://x/"), "Bearer abc")).toBeUndefined();
  });
});
