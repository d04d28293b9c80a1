import { readFileSync } from "node:fs";
import path from "node:path";
import { ROOT } from "./server";

/**
 * The malformed requests of the seeded fuzz test (fuzz.test.ts): a seeded generator and the
 * mutations it draws from. Everything here is deterministic for a given seed.
 */

/** mulberry32: a small seeded PRNG, so that a failing seed can be replayed exactly. */
export function seededRandom(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  const bytes = (n: number) => Buffer.from(Array.from({ length: n }, () => int(256)));
  return { next, int, pick, bytes };
}
export type Random = ReturnType<typeof seededRandom>;

export type FuzzRequest = {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: Buffer;
  /** What the request is, for the failure report. */
  label: string;
};

/** Server actions from the build's manifest, each with a page of its worker (dynamic ids filled). */
export function serverActions(): { id: string; page: string; name: string }[] {
  const file = path.join(ROOT, ".next/server/server-reference-manifest.json");
  const manifest = JSON.parse(readFileSync(file, "utf8")) as {
    node: Record<string, { workers: Record<string, unknown>; filename?: string }>;
  };
  return Object.entries(manifest.node).map(([id, entry]) => {
    const worker = Object.keys(entry.workers)[0] ?? "app/page";
    const page =
      worker
        .replace(/^app/, "")
        .replace(/\/page$/, "")
        .replace(/\/\([^/]+\)/g, "")
        .replace(/\[[^\]]+\]/g, "fuzz") || "/";
    return { id, page, name: entry.filename ?? id };
  });
}

const WEIRD_STRINGS = [
  "",
  "\u0000",
  "%00",
  "%ff",
  "é",
  "\ud800",
  "💥",
  "a".repeat(5000),
  "../../etc/passwd",
  "' or 1=1 --",
  "<script>alert(1)</script>",
  "null",
  "[]",
  "{}",
  "$K1",
  "$@0",
  "$F0",
  "$Q1",
  "$h0",
  "$T",
  "$undefined",
  "$n1e999",
  "$D",
  "https://evil.example/",
  "//evil.example",
  "\r\nx-injected: 1",
];
const WEIRD_VALUES: unknown[] = [
  null,
  true,
  0,
  -1,
  1e309,
  [],
  {},
  [[[]]],
  { a: { b: { c: [] } } },
  ["$K1"],
  { $ACTION_ID_x: "1" },
  ...WEIRD_STRINGS,
];

/** A JWT-shaped string with characters outside base64url in one segment. */
export function badJwt(r: Random, inHeader = false) {
  const seg = () => Buffer.from(r.bytes(8 + r.int(24))).toString("base64url");
  const parts = [seg(), seg(), seg()];
  const i = r.int(3);
  // A header carries Latin-1 only (Node refuses to send the rest).
  const chars = [
    "é",
    "+",
    "!",
    "/",
    "=",
    "%",
    "\\",
    '"',
    ...(inHeader ? [] : ["\u0000", "💥", " "]),
  ];
  const at = r.int(parts[i]!.length + 1);
  parts[i] = parts[i]!.slice(0, at) + r.pick(chars) + parts[i]!.slice(at);
  if (r.next() < 0.2)
    parts[0] = Buffer.from('{"alg":"RS256","kid":"' + r.pick(chars) + '"}').toString("base64url");
  return parts.join(".");
}

/** Raw bytes that are not valid UTF-8, inside an otherwise plausible value. */
export function invalidUtf8(r: Random, text: string) {
  const bad = r.pick([[0xff], [0xc3], [0xe2, 0x82], [0xed, 0xa0, 0x80], [0xc0, 0xaf], [0x80]]);
  return Buffer.concat([Buffer.from(text), Buffer.from(bad), Buffer.from(text)]);
}

/** Percent-encoding that also spells a lone surrogate (as the bytes of invalid UTF-8). */
const encode = (s: string) => {
  try {
    return encodeURIComponent(s);
  } catch {
    return "%ED%A0%80";
  }
};

export function formBody(r: Random, fields: string[]) {
  const parts = fields.map((f) => `${f}=${encode(r.pick(WEIRD_STRINGS))}`);
  return Buffer.from(parts.join("&"));
}

/** A body of a random shape: the request's content type and its bytes. */
export function garbageBody(r: Random, fields: string[]): { type: string; body: Buffer } {
  switch (r.int(9)) {
    case 0:
      return { type: "application/x-www-form-urlencoded", body: r.bytes(r.int(300)) };
    case 1: {
      const field = r.pick(fields.length ? fields : ["x"]);
      return {
        type: "application/x-www-form-urlencoded",
        body: Buffer.concat([Buffer.from(`${field}=`), invalidUtf8(r, "abc")]),
      };
    }
    case 2:
      return { type: "application/x-www-form-urlencoded", body: formBody(r, fields) };
    case 3: {
      const value = Object.fromEntries(fields.map((f) => [f, r.pick(WEIRD_VALUES)]));
      return { type: "application/json", body: Buffer.from(JSON.stringify(value)) };
    }
    case 4:
      return {
        type: "application/json",
        body: Buffer.from(r.pick(['{"a":', "[", "nul", '"\\ud800"', "{}{}", "1e999", "\u0000"])),
      };
    case 5:
      return { type: "application/json", body: Buffer.from(JSON.stringify(r.pick(WEIRD_VALUES))) };
    case 6:
      return multipart(r, fields);
    case 7:
      return { type: r.pick(["text/plain;charset=UTF-8", "text/plain"]), body: flightText(r) };
    default:
      return {
        type: r.pick(["application/octet-stream", "text/xml", "image/png", "multipart/mixed", "x"]),
        body: r.bytes(r.int(200)),
      };
  }
}

/** What a server action's fetch body looks like (React's reply format), mangled. */
export function flightText(r: Random): Buffer {
  const texts = [
    "[",
    '["$K1"]',
    '["$@1"]',
    '["$F1"]',
    '["$Q1"]',
    '["$W1"]',
    '["$T"]',
    '["$h1"]',
    '["$S"]',
    '["$B1"]',
    '"$K1"',
    '"$n"',
    '"$D"',
    "{}",
    "1",
    '[{"$$typeof":1}]',
    JSON.stringify(r.pick(WEIRD_VALUES)),
    JSON.stringify(Array.from({ length: 1 + r.int(3) }, () => r.pick(WEIRD_VALUES))),
  ];
  const pick = r.pick(texts);
  return r.next() < 0.15 ? invalidUtf8(r, pick) : Buffer.from(pick);
}

/** multipart/form-data, well-formed or broken in one of several ways. */
export function multipart(r: Random, fields: string[]): { type: string; body: Buffer } {
  const boundary = `----fuzz${r.int(1e9)}`;
  const rows = (fields.length ? fields : ["1_$ACTION_ID_x", "0"]).map(
    (f) =>
      `--${boundary}\r\ncontent-disposition: form-data; name="${f}"\r\n\r\n${r.pick(WEIRD_STRINGS)}\r\n`,
  );
  const whole = `${rows.join("")}--${boundary}--\r\n`;
  switch (r.int(8)) {
    case 0:
      return { type: "multipart/form-data", body: Buffer.from(whole) };
    case 1:
      return {
        type: `multipart/form-data; boundary=${boundary}`,
        body: Buffer.from(whole.slice(0, r.int(whole.length))),
      };
    case 2:
      return { type: `multipart/form-data; boundary=other`, body: Buffer.from(whole) };
    case 3:
      return { type: `multipart/form-data; boundary=${boundary}`, body: r.bytes(r.int(200)) };
    case 4:
      return {
        type: `multipart/form-data; boundary=${boundary}`,
        body: Buffer.from(
          `--${boundary}\r\ncontent-disposition: form-data\r\n\r\nx\r\n--${boundary}--`,
        ),
      };
    case 5:
      return {
        type: `multipart/form-data; boundary=${boundary}`,
        body: Buffer.concat([
          Buffer.from(`--${boundary}\r\ncontent-disposition: form-data; name="0"\r\n\r\n`),
          invalidUtf8(r, '["$K1"]'),
          Buffer.from(`\r\n--${boundary}--\r\n`),
        ]),
      };
    case 6:
      return {
        type: `multipart/form-data; boundary=${boundary}`,
        body: Buffer.from(
          `--${boundary}\r\ncontent-disposition: form-data; name="0"\r\n\r\n${r.pick(['["$K1"]', '["$@2"]', "[", '"$Q0"', '["$F5"]'])}\r\n--${boundary}--\r\n`,
        ),
      };
    default:
      return { type: `multipart/form-data; boundary=${boundary}`, body: Buffer.from(whole) };
  }
}

/** Path spellings that decode to another path, or do not decode at all. */
export function mangledPath(r: Random, target: string) {
  const variants = [
    target.replace("/api/auth", "/api%2fauth"),
    target.replace("/api/auth", "/api%2Fauth"),
    target.replace("/auth/", "/auth%2f"),
    target.replace("/oauth2/", "/oauth2%2f"),
    `${target}%ff`,
    `${target}%`,
    `${target}%c0%ae%c0%ae/`,
    `${target}%00`,
    `${target}/%2e%2e/%2e%2e/`,
    target.replace(/\//g, "//"),
    `${target};x=1`,
    `${target}?${r.pick(["a=%ff", "a=%", "%=1", "a=%00", "a[=1", "redirect_to=%09/evil.example"])}`,
  ];
  return r.pick(variants);
}
