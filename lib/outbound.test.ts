import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isNonPublicAddress, outboundFetch } from "./outbound";

describe("non-public addresses", () => {
  it.each([
    "127.0.0.1",
    "10.1.2.3",
    "172.16.0.1",
    "192.168.1.1",
    "169.254.169.254",
    "100.64.0.1",
    "0.0.0.0",
    "::1",
    "::",
    "fe80::1",
    "fd00::1",
    "::ffff:127.0.0.1",
    "::ffff:10.0.0.1",
    "::ffff:7f00:1",
    "not-an-ip",
  ])("%s is not public", (address) => expect(isNonPublicAddress(address)).toBe(true));

  it.each(["93.184.216.34", "1.1.1.1", "2606:4700:4700::1111", "::ffff:1.1.1.1"])(
    "%s is public",
    (address) => expect(isNonPublicAddress(address)).toBe(false),
  );
});

describe("outboundFetch", () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === "/redirect") {
        res.writeHead(302, { location: "http://169.254.169.254/" }).end();
      } else if (req.url === "/big") {
        res.end("x".repeat(2048));
      } else if (req.url === "/slow") {
        setTimeout(() => res.end("late"), 1_000);
      } else res.end(JSON.stringify({ ok: true }));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://localhost:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const local = { allowHttp: true, allowPrivateNetworks: true };

  it("refuses http unless allowed, and a host that resolves to loopback", async () => {
    await expect(outboundFetch(`${base}/`)).rejects.toThrow(/only https/);
    await expect(
      outboundFetch(`${base}/`, { allowHttp: true, allowPrivateNetworks: false }),
    ).rejects.toThrow(/non-public address/);
    await expect(
      outboundFetch("https://127.0.0.1/", { allowPrivateNetworks: false }),
    ).rejects.toThrow(/not a public address/);
  });

  it("reaches a private peer when allowed, and never follows a redirect", async () => {
    expect((await outboundFetch(`${base}/`, local)).json()).toEqual({ ok: true });
    const redirect = await outboundFetch(`${base}/redirect`, local);
    expect(redirect.status).toBe(302);
  });

  it("caps the body and the time", async () => {
    await expect(outboundFetch(`${base}/big`, { ...local, maxBytes: 1024 })).rejects.toThrow(
      /larger than 1024 bytes/,
    );
    await expect(outboundFetch(`${base}/slow`, { ...local, timeoutMs: 100 })).rejects.toThrow(
      /no answer within 100 ms/,
    );
  });
});
