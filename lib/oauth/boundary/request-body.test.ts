import { describe, expect, it } from "vitest";
import { MAX_BODY_BYTES, parseBody, readBody, readWithin } from "./request-body";

const post = (body: BodyInit | null, headers: Record<string, string> = {}) =>
  new Request("https://id.example.com/api/auth/oauth2/token", {
    method: "POST",
    headers,
    body,
    duplex: "half",
  } as RequestInit);

/** A stream of `total` bytes in chunks of `size`, counting how many chunks were pulled. */
function chunks(total: number, size: number) {
  const pulled = { count: 0 };
  let sent = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= total) return controller.close();
      const n = Math.min(size, total - sent);
      sent += n;
      pulled.count++;
      controller.enqueue(new Uint8Array(n).fill(97));
    },
  });
  return { stream, pulled };
}

describe("parsing like better-call's getBody", () => {
  it("reads a form body as its parameters, repeats included", () => {
    expect(parseBody("application/x-www-form-urlencoded", "a=1&a=2&b=%00").params).toEqual([
      ["a", "1"],
      ["a", "2"],
      ["b", "\0"],
    ]);
  });

  it("flattens a JSON body so that nested strings are checked too", () => {
    const text = JSON.stringify({ client_name: "x", redirect_uris: ["u1", "u2"], jwks: { k: 1 } });
    expect(parseBody("application/json", text).params).toEqual([
      ["client_name", "x"],
      ["redirect_uris", "u1"],
      ["redirect_uris", "u2"],
      ["k", "1"],
    ]);
  });

  it("treats +json media types as JSON", () => {
    expect(parseBody("application/merge-patch+json", '{"a":null}').params).toEqual([["a", "null"]]);
  });

  it("answers undefined for invalid JSON", () => {
    expect(parseBody("application/json", "{").params).toBeUndefined();
  });

  it("gives other media types no parameters", () => {
    expect(parseBody("text/plain", "grant_type=client_credentials").params).toEqual([]);
    expect(parseBody("", "x=1").params).toEqual([]);
  });
});

describe("bytes that are not UTF-8", () => {
  it("are flagged, never decoded with replacement characters", async () => {
    const body = new Uint8Array([...Buffer.from("token=a"), 0xff, 0xc3]);
    const read = await readBody(
      post(body, { "content-type": "application/x-www-form-urlencoded" }),
    );
    expect(read).toMatchObject({ invalidUtf8: true });
  });
});

describe("reading within the size limit", () => {
  it("reads a body at the limit", async () => {
    const read = await readWithin(post("a".repeat(MAX_BODY_BYTES)), MAX_BODY_BYTES);
    expect(read).not.toBe("too large");
    expect((read as Buffer).byteLength).toBe(MAX_BODY_BYTES);
  });

  it("refuses a declared Content-Length over the limit without reading", async () => {
    const { stream } = chunks(10, 10);
    const request = {
      headers: new Headers({ "content-length": String(MAX_BODY_BYTES + 1) }),
      body: stream,
    };
    expect(await readWithin(request, MAX_BODY_BYTES)).toBe("too large");
    expect(stream.locked).toBe(false);
  });

  it("refuses a body over the limit whose Content-Length lies", async () => {
    const request = {
      headers: new Headers({ "content-length": "10" }),
      body: chunks(200, 50).stream,
    };
    expect(await readWithin(request, 100)).toBe("too large");
  });

  it("stops reading a streamed body as soon as it passes the limit", async () => {
    const { stream, pulled } = chunks(1_000_000, 8192);
    expect(await readWithin(post(stream), MAX_BODY_BYTES)).toBe("too large");
    expect(pulled.count).toBeLessThanOrEqual(Math.ceil(MAX_BODY_BYTES / 8192) + 2);
  });
});

describe("reading a request body", () => {
  it("has none for GET and HEAD", async () => {
    const get = new Request("https://id.example.com/api/auth/oauth2/userinfo");
    expect(await readBody(get)).toBeUndefined();
    expect(await readBody(new Request(get, { method: "HEAD" }))).toBeUndefined();
  });

  it("leaves an empty body absent", async () => {
    expect(await readBody(post(""))).toBeUndefined();
    expect(await readBody(post(null))).toBeUndefined();
  });

  it("returns the bytes, the text and the parameters, whatever the content type's case", async () => {
    const body = await readBody(
      post("token=abc", { "content-type": "Application/X-WWW-Form-Urlencoded;charset=UTF-8" }),
    );
    expect(body).toMatchObject({ text: "token=abc", params: [["token", "abc"]] });
    expect(Buffer.from((body as { bytes: Buffer }).bytes).toString()).toBe("token=abc");
  });

  it("marks invalid JSON with absent parameters", async () => {
    const body = await readBody(post("{", { "content-type": "application/json" }));
    expect(body).toMatchObject({ text: "{", params: undefined });
  });

  it("answers too large over the limit", async () => {
    expect(await readBody(post("a".repeat(11)), 10)).toBe("too large");
  });
});
