import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { isTrustedPeer, pinClientAddress, trustedProxyList } from "./client-address";

const request = (peer: string, headers: Record<string, string>) =>
  ({ headers: { ...headers }, socket: { remoteAddress: peer } }) as unknown as IncomingMessage;

describe("client address", () => {
  const trusted = trustedProxyList(["10.0.0.0/8", "::1", "192.168.1.5"]);

  it("matches trusted proxies by address and range, IPv4-mapped included", () => {
    expect(isTrustedPeer(trusted, "10.1.2.3")).toBe(true);
    expect(isTrustedPeer(trusted, "::ffff:10.1.2.3")).toBe(true);
    expect(isTrustedPeer(trusted, "::1")).toBe(true);
    expect(isTrustedPeer(trusted, "192.168.1.5")).toBe(true);
    expect(isTrustedPeer(trusted, "192.168.1.6")).toBe(false);
    expect(isTrustedPeer(trusted, "127.0.0.1")).toBe(false);
    expect(isTrustedPeer(trusted, undefined)).toBe(false);
  });

  it("replaces a spoofed header from an untrusted peer with the peer's address", () => {
    const req = request("::ffff:203.0.113.9", {
      "x-forwarded-for": "1.2.3.4",
      "x-real-ip": "5.6.7.8",
    });
    pinClientAddress(req, ["x-forwarded-for", "x-real-ip"], trusted);
    expect(req.headers).toEqual({ "x-forwarded-for": "203.0.113.9" });
  });

  it("sets the header when the client sent none", () => {
    const req = request("203.0.113.9", {});
    pinClientAddress(req, ["x-real-ip"], trustedProxyList([]));
    expect(req.headers["x-real-ip"]).toBe("203.0.113.9");
  });

  it("keeps the headers a trusted proxy set", () => {
    const req = request("10.9.9.9", { "x-forwarded-for": "198.51.100.4" });
    pinClientAddress(req, ["x-forwarded-for"], trusted);
    expect(req.headers["x-forwarded-for"]).toBe("198.51.100.4");
  });
});
