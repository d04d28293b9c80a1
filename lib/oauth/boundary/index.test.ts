import { describe, expect, it, vi } from "vitest";
import { env } from "@/lib/env";
import { guardAuthHandler } from ".";
import { authRequestContext } from "./request-context";

type Seen = { url: string; body: string | null; pathname?: string };

/** A stand-in for Better Auth that records what reached it and answers `status`. */
function library(status = 200) {
  const seen: Seen[] = [];
  const handler = async (request: Request) => {
    const body = request.body ? await request.text() : null;
    seen.push({ url: request.url, body, pathname: authRequestContext.current()?.pathname });
    return new Response(status === 200 ? "ok" : "library error", { status });
  };
  const originCheck = async (origin: string) => origin === "https://spa.example.test";
  return { seen, handlers: guardAuthHandler({ GET: handler, POST: handler }, { originCheck }) };
}

const local = (path: string) => `http://localhost:9999/api/auth${path}`;
const form = (body: string) => ({
  method: "POST",
  headers: { "content-type": "application/x-www-form-urlencoded" },
  body,
});

describe("the boundary wrapper", () => {
  it("hands the library the request on the public origin inside the request context", async () => {
    const { seen, handlers } = library();
    const res = await handlers.POST(new Request(local("/oauth2/token?x=1"), form("a=1")));
    expect(res.status).toBe(200);
    expect(seen).toEqual([
      {
        url: `${env.BETTER_AUTH_URL}/api/auth/oauth2/token?x=1`,
        body: "a=1",
        pathname: "/api/auth/oauth2/token",
      },
    ]);
  });

  it("keeps an empty body absent", async () => {
    const { seen, handlers } = library();
    await handlers.POST(new Request(local("/oauth2/userinfo"), form("")));
    expect(seen[0]?.body).toBeNull();
  });

  it("refuses bad input before the library sees it", async () => {
    const { seen, handlers } = library();
    const answers = await Promise.all([
      handlers.GET(new Request(local("/oauth2/userinfo?access_token=a%00b"))),
      handlers.POST(new Request(local("/oauth2/token"), form("code=a%00b"))),
      handlers.POST(new Request(local("/oauth2/token"), form(`a=${"x".repeat(70_000)}`))),
      handlers.POST(
        new Request(local("/oauth2/token"), {
          ...form("grant_type=client_credentials"),
          headers: { authorization: `Basic ${Buffer.from("a\0:b").toString("base64")}` },
        }),
      ),
    ]);
    expect(answers.map((r) => r.status)).toEqual([400, 400, 413, 401]);
    expect(seen).toEqual([]);
  });

  it("repairs the library's answer", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const { handlers } = library(500);
    const res = await handlers.POST(
      new Request(local("/oauth2/introspect"), form("token=eyJhbGciOiJub25lIn0.e30.")),
    );
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ active: false });
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });

  it("answers preflights itself and adds CORS headers to the library's answer", async () => {
    const { seen, handlers } = library();
    const origin = "https://spa.example.test";
    const pre = await handlers.OPTIONS(
      new Request(local("/oauth2/token"), { method: "OPTIONS", headers: { origin } }),
    );
    expect(pre.status).toBe(204);
    expect(pre.headers.get("access-control-allow-origin")).toBe(origin);
    const res = await handlers.POST(
      new Request(local("/oauth2/token"), { ...form("a=1"), headers: { origin } }),
    );
    expect(res.headers.get("access-control-allow-origin")).toBe(origin);
    expect(res.headers.get("vary")).toContain("Origin");
    expect(seen).toHaveLength(1);
  });
});
