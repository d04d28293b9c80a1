import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isDatabaseUnreachable } from "@/db/errors";
import { noteConnectionTrouble } from "@/db/health";
import { unavailablePage } from "./availability";

/**
 * The page hook in front of a stand-in for Next that answers as Next does (status, head flushed,
 * streamed body): a page failing with a 5xx while the database is in trouble becomes the 503
 * "Temporarily unavailable" page; anything else passes untouched. The database here is the
 * embedded one, which always answers: "trouble" is a lost connection just noted.
 */
let server: Server;
let base = "";

beforeAll(async () => {
  server = createServer(async (req, res) => {
    if (await unavailablePage(req, res)) return;
    const status = Number(new URL(req.url!, "http://x").searchParams.get("status"));
    res.statusCode = status;
    res.setHeader("content-type", "text/html");
    res.flushHeaders();
    res.write("<p>framework ");
    res.end(`answer ${status}</p>`);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

const get = async (status: number) => {
  const res = await fetch(`${base}/account?status=${status}`);
  return { status: res.status, body: await res.text(), retryAfter: res.headers.get("retry-after") };
};

describe("pages while the database is in trouble", () => {
  it("pass a 500 through while the database is fine", async () => {
    expect(await get(500)).toMatchObject({ status: 500, body: "<p>framework answer 500</p>" });
  });

  it("counts only connection failures as trouble", () => {
    expect(noteConnectionTrouble(new Error("syntax error"))).toBe(false);
    expect(noteConnectionTrouble(Object.assign(new Error("x"), { code: "23505" }))).toBe(false);
  });

  it("answer the readable 503 page for a 500 just after a connection was lost", async () => {
    const wrapped = new Error("Failed query", {
      cause: Object.assign(new Error("terminating connection"), { code: "57P01" }),
    });
    expect(noteConnectionTrouble(wrapped)).toBe(true);
    const answer = await get(500);
    expect(answer.status).toBe(503);
    expect(answer.retryAfter).toBe("5");
    expect(answer.body).toContain("Temporarily unavailable");
    expect(answer.body).not.toContain("framework");
    // The connection stays usable: the next answer on it is whole.
    expect(await get(200)).toMatchObject({ status: 200, body: "<p>framework answer 200</p>" });
  });
});

describe("connection failures", () => {
  it.each([
    "ECONNREFUSED",
    "ECONNRESET",
    "CONNECTION_ENDED",
    "CONNECTION_CLOSED",
    "CONNECT_TIMEOUT",
    "57P01",
    "57P03",
    "08006",
    "08001",
  ])("%s is a database outage", (code) => {
    expect(isDatabaseUnreachable(Object.assign(new Error(code), { code }))).toBe(true);
    expect(isDatabaseUnreachable(new Error("wrapped", { cause: { code } }))).toBe(true);
  });

  it.each(["23505", "42P01", "28P01", "3D000", undefined])("%s is not", (code) => {
    expect(isDatabaseUnreachable(Object.assign(new Error("x"), { code }))).toBe(false);
  });
});
