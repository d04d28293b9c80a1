import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import { request as httpRequest, type IncomingHttpHeaders } from "node:http";
import { request as httpsRequest } from "node:https";
import { BlockList, isIP, type LookupFunction } from "node:net";
import { env } from "@/lib/env";

/**
 * The one way Gatehouse calls other servers (metadata documents, `jwks_uri`, back-channel logout,
 * upstream identity providers), defended against server-side request forgery:
 * - the address a host name resolves to is checked at connection time (no DNS rebinding between
 *   check and use): loopback, private, link-local and other non-public ranges are refused unless
 *   OUTBOUND_ALLOW_PRIVATE_NETWORKS=true;
 * - redirects are never followed (a 3xx is returned as is);
 * - the response body is capped and the whole exchange has a deadline.
 * HTTPS trusts Node's CA store plus NODE_EXTRA_CA_CERTS.
 */
export class OutboundError extends Error {
  override name = "OutboundError";
}

// Two lists: Node's BlockList also applies IPv6 rules to IPv4 addresses (as IPv4-mapped).
const NON_PUBLIC_V4 = new BlockList();
const NON_PUBLIC_V6 = new BlockList();
for (const [network, prefix] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.0.2.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["198.51.100.0", 24],
  ["203.0.113.0", 24],
  ["224.0.0.0", 3],
] as const) {
  NON_PUBLIC_V4.addSubnet(network, prefix, "ipv4");
}
for (const [network, prefix] of [
  ["::", 127],
  ["::ffff:0:0", 96], // IPv4-mapped in hex form; the dotted form is checked as IPv4 below
  ["64:ff9b::", 96],
  ["100::", 64],
  ["2001:db8::", 32],
  ["fc00::", 7],
  ["fe80::", 10],
  ["ff00::", 8],
] as const) {
  NON_PUBLIC_V6.addSubnet(network, prefix, "ipv6");
}

/** Whether an IP address is outside the public internet (loopback, private, reserved …). */
export function isNonPublicAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return true;
  if (family === 4) return NON_PUBLIC_V4.check(address, "ipv4");
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped) return NON_PUBLIC_V4.check(mapped, "ipv4");
  return NON_PUBLIC_V6.check(address, "ipv6");
}

export type OutboundOptions = {
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  body?: string;
  /** Largest response body accepted, in bytes. */
  maxBytes?: number;
  /** Deadline for connecting, sending and reading the whole response, in milliseconds. */
  timeoutMs?: number;
  /** Allow http:// (only ever used for loopback test peers and private deployments). */
  allowHttp?: boolean;
  /** Overrides OUTBOUND_ALLOW_PRIVATE_NETWORKS (tests of the refusal). */
  allowPrivateNetworks?: boolean;
};

export type OutboundResponse = {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
  text: () => string;
  json: () => unknown;
};

function checkedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, "", 0);
      const list = addresses as LookupAddress[];
      const refused = list.find((a) => !allowPrivate && isNonPublicAddress(a.address));
      if (refused || list.length === 0) {
        const reason = refused ? `${hostname} resolves to a non-public address` : "no address";
        return callback(new OutboundError(reason), "", 0);
      }
      if ((options as { all?: boolean }).all) return callback(null, list as never, 0);
      const [first] = list as [LookupAddress];
      callback(null, first.address, first.family);
    });
  };
}

/** One request to another server under the rules above. */
export async function outboundFetch(
  target: string | URL,
  options: OutboundOptions = {},
): Promise<OutboundResponse> {
  const url = new URL(target);
  const allowPrivate = options.allowPrivateNetworks ?? env.OUTBOUND_ALLOW_PRIVATE_NETWORKS;
  if (url.protocol !== "https:" && !(url.protocol === "http:" && options.allowHttp)) {
    throw new OutboundError(`only https URLs may be fetched (${url.protocol})`);
  }
  if (url.username || url.password) throw new OutboundError("URLs with credentials are refused");
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (isIP(host) && !allowPrivate && isNonPublicAddress(host)) {
    throw new OutboundError(`${host} is not a public address`);
  }
  const maxBytes = options.maxBytes ?? 64 * 1024;
  const timeoutMs = options.timeoutMs ?? 5_000;
  const send = url.protocol === "https:" ? httpsRequest : httpRequest;

  return new Promise<OutboundResponse>((resolve, reject) => {
    const req = send(
      url,
      {
        method: options.method ?? "GET",
        headers: { "user-agent": "Gatehouse", ...options.headers },
        lookup: checkedLookup(allowPrivate),
        signal: AbortSignal.timeout(timeoutMs),
      },
      (res) => {
        const declared = Number(res.headers["content-length"] ?? 0);
        if (declared > maxBytes) {
          res.destroy();
          return reject(new OutboundError(`the response is larger than ${maxBytes} bytes`));
        }
        const chunks: Buffer[] = [];
        let size = 0;
        res.on("data", (chunk: Buffer) => {
          size += chunk.byteLength;
          if (size > maxBytes) {
            res.destroy();
            reject(new OutboundError(`the response is larger than ${maxBytes} bytes`));
          } else chunks.push(chunk);
        });
        res.on("error", reject);
        res.on("end", () => {
          const body = Buffer.concat(chunks);
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body,
            text: () => body.toString("utf8"),
            json: () => JSON.parse(body.toString("utf8")) as unknown,
          });
        });
      },
    );
    req.on("error", (error) =>
      reject(
        error instanceof OutboundError
          ? error
          : new OutboundError(
              error.name === "AbortError" || error.name === "TimeoutError"
                ? `no answer within ${timeoutMs} ms`
                : error.message,
            ),
      ),
    );
    req.end(options.body);
  });
}
