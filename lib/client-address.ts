import type { IncomingMessage } from "node:http";
import { BlockList, isIP } from "node:net";

/**
 * The client address the rate limiter and the audit log see. Better Auth reads it from the
 * headers in IP_ADDRESS_HEADERS, which any client can send; so before Next sees a request,
 * those headers are kept only when the connection comes from a TRUSTED_PROXIES address, and
 * otherwise replaced by the connection's own address. A rotating `X-Forwarded-For` then
 * changes nothing.
 */

/** `::ffff:10.0.0.1` (an IPv4 peer on a dual-stack socket) → `10.0.0.1`. */
export function plainAddress(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return mapped ? mapped[1]! : address;
}

export function trustedProxyList(entries: string[]): BlockList {
  const list = new BlockList();
  for (const entry of entries) {
    const [address, prefix] = entry.split("/") as [string, string | undefined];
    const type = isIP(address) === 6 ? "ipv6" : "ipv4";
    if (prefix === undefined) list.addAddress(address, type);
    else list.addSubnet(address, Number(prefix), type);
  }
  return list;
}

export function isTrustedPeer(list: BlockList, peer: string | undefined): boolean {
  if (!peer) return false;
  const address = plainAddress(peer);
  const family = isIP(address);
  return family !== 0 && list.check(address, family === 6 ? "ipv6" : "ipv4");
}

/**
 * Rewrites the client-address headers of `req` in place: untouched from a trusted proxy,
 * else every configured header is dropped and the first one set to the peer's address.
 */
export function pinClientAddress(
  req: Pick<IncomingMessage, "headers" | "socket">,
  headerNames: string[],
  trusted: BlockList,
): void {
  const peer = req.socket?.remoteAddress;
  if (isTrustedPeer(trusted, peer)) return;
  for (const name of headerNames) delete req.headers[name];
  if (peer && headerNames[0]) req.headers[headerNames[0]] = plainAddress(peer);
}
