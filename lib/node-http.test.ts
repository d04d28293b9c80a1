import { Agent, createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { sendResponse, toWebRequest } from "./node-http";

let server: Server | undefined;
afterEach(
  () => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())),
);

/** A real node:http server answering with `handler` through the two adapters. */
async function serve(handler: (request: Request) => Promise<Response>) {
  server = createServer((req, res) => {
    void handler(toWebRequest(req, "https://id.example.test")).then((r) => sendResponse(res, r));
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe("node-http adapters", () => {
  it("builds the request on the given origin with method, headers and body", async () => {
    const base = await serve(async (req) =>
      Response.json({
        url: req.url,
        method: req.method,
        type: req.headers.get("content-type"),
        body: await req.text(),
      }),
    );
    const res = await fetch(`${base}/api/auth/oauth2/token?x=1`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "grant_type=client_credentials",
    });
    expect(await res.json()).toEqual({
      url: "https://id.example.test/api/auth/oauth2/token?x=1",
      method: "POST",
      type: "application/x-www-form-urlencoded",
      body: "grant_type=client_credentials",
    });
  });

  it("sends every Set-Cookie header separately, with status and Content-Length", async () => {
    const base = await serve(async () => {
      const headers = new Headers({ "content-type": "text/plain" });
      headers.append("set-cookie", "a=1; Path=/");
      headers.append("set-cookie", "b=2; Path=/");
      return new Response("created", { status: 201, headers });
    });
    const res = await fetch(base);
    expect(res.status).toBe(201);
    expect(res.headers.getSetCookie()).toEqual(["a=1; Path=/", "b=2; Path=/"]);
    expect(res.headers.get("content-length")).toBe("7");
    expect(await res.text()).toBe("created");
  });

  it("answers before reading a whole chunked body and keeps the connection (reader cancelled)", async () => {
    const base = await serve(async (req) => {
      const reader = req.body!.getReader();
      await reader.read();
      await reader.cancel();
      return new Response("too large", { status: 413 });
    });
    // A chunked upload that keeps sending after the answer: the client must still read the 413.
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(`${base}/`, {
        method: "POST",
        headers: { "content-type": "text/plain" },
      });
      req.on("response", (res) => {
        let body = "";
        res.on("data", (c: Buffer) => (body += c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
      });
      req.on("error", reject);
      const chunk = "a".repeat(16 * 1024);
      for (let i = 0; i < 8; i++) req.write(chunk);
      req.end();
    });
    expect(answer).toEqual({ status: 413, body: "too large" });
  });
});

describe("docs/library-facts.md#fact-114", () => {
  it("Node's Request makes a Web stream of a byte body, and a clone tees it", async () => {
    const request = new Request("https://id.example.test/api/auth/oauth2/token", {
      method: "POST",
      body: Buffer.from("grant_type=client_credentials"),
    });
    expect(request.body).toBeInstanceOf(ReadableStream);
    const copy = request.clone();
    expect(copy.body).toBeInstanceOf(ReadableStream);
    expect(copy.body).not.toBe(request.body);
    expect(await copy.text()).toBe("grant_type=client_credentials");
    expect(await request.text()).toBe("grant_type=client_credentials");
  });
});

describe("docs/library-facts.md#fact-115", () => {
  /** The Connection header a server sees from a client using `agent`. */
  async function connectionHeader(agent: Agent) {
    const seen: (string | undefined)[] = [];
    server = createServer((req, res) => {
      seen.push(req.headers.connection);
      res.end("ok");
    });
    await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    await new Promise<void>((resolve) =>
      request({ host: "127.0.0.1", port, agent }, (res) => res.resume().on("end", resolve)).end(),
    );
    agent.destroy();
    return seen[0];
  }

  it("a non-keep-alive agent with a finite maxSockets still asks for keep-alive", async () => {
    expect(await connectionHeader(new Agent({ keepAlive: false, maxSockets: 6 }))).toBe(
      "keep-alive",
    );
  });

  it("without maxSockets it asks to close", async () => {
    expect(await connectionHeader(new Agent({ keepAlive: false }))).toBe("close");
  });
});
