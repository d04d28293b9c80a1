import type { Param } from "./input-hygiene";

/**
 * Reads a request body once, within a size limit, and parses it the way the library will
 * (better-call's `getBody`), so that input hygiene checks exactly what Better Auth would see.
 */
export const MAX_BODY_BYTES = 64 * 1024;

export type RequestBody = {
  bytes: Buffer<ArrayBuffer>;
  text: string;
  /** The parameters, or undefined when a JSON body does not parse. */
  params?: Param[];
  /** A JSON body as parsed, for checks that need its value types. */
  json?: unknown;
  /** The bytes are not UTF-8 (the library would fail on them with a 500). */
  invalidUtf8?: true;
};

/** Every value of a JSON body under its top-level key, so that nested strings are checked too. */
function flatten(key: string, value: unknown): Param[] {
  if (value === null || typeof value !== "object") return [[key, String(value)]];
  return Object.entries(value).flatMap(([k, v]) => flatten(Array.isArray(value) ? key : k, v));
}

/**
 * JSON and form bodies as parameters (a JSON body also as parsed); other types carry none;
 * params undefined if JSON is invalid.
 */
export function parseBody(contentType: string, text: string): Pick<RequestBody, "params" | "json"> {
  if (/^application\/([a-z0-9.+-]*\+)?json/.test(contentType)) {
    try {
      const json: unknown = JSON.parse(text);
      return { params: flatten("", json), json };
    } catch {
      return { params: undefined };
    }
  }
  if (contentType.includes("application/x-www-form-urlencoded"))
    return { params: [...new URLSearchParams(text)] };
  return { params: [] };
}

/** The body's bytes, stopping as soon as they pass `maxBytes` whatever Content-Length says. */
export async function readWithin(
  request: { headers: Headers; body: ReadableStream<Uint8Array> | null },
  maxBytes: number,
): Promise<Buffer<ArrayBuffer> | "too large"> {
  if (Number(request.headers.get("content-length") ?? 0) > maxBytes) return "too large";
  const reader = request.body?.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (let chunk = await reader?.read(); chunk && !chunk.done; chunk = await reader?.read()) {
    chunks.push(chunk.value);
    size += chunk.value.byteLength;
    if (size > maxBytes) {
      await reader?.cancel();
      return "too large";
    }
  }
  return Buffer.concat(chunks);
}

/**
 * The body of a request that may have one, read and parsed; undefined for GET, HEAD and an
 * empty body, which must stay absent (the library reads an empty stream as a malformed body).
 */
export async function readBody(
  request: Request,
  maxBytes = MAX_BODY_BYTES,
): Promise<RequestBody | "too large" | undefined> {
  if (request.method === "GET" || request.method === "HEAD") return undefined;
  const bytes = await readWithin(request, maxBytes);
  if (bytes === "too large") return bytes;
  if (bytes.byteLength === 0) return undefined;
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { bytes, text: "", params: [], invalidUtf8: true };
  }
  return {
    bytes,
    text,
    ...parseBody(request.headers.get("content-type")?.toLowerCase() ?? "", text),
  };
}
