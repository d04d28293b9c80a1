import type { IncomingMessage, ServerResponse } from "node:http";

/**
 * The Web Request for a Node request, on the public origin (the boundary rebuilds it there
 * anyway). Not better-auth/node's `toNodeHandler`: its body stream destroys the socket when the
 * reader cancels, so the boundary's 413 for an oversized chunked body never reached the client
 * (docs/library-facts.md#fact-69). Here a cancelled body is drained and the connection lives.
 */
export function toWebRequest(req: IncomingMessage, origin: string): Request {
  const headers = new Headers();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value === undefined || key.startsWith(":")) continue;
    if (Array.isArray(value)) value.forEach((v) => headers.append(key, v));
    else headers.set(key, value);
  }
  const method = req.method ?? "GET";
  let body: ReadableStream<Uint8Array> | undefined;
  if (method !== "GET" && method !== "HEAD") {
    let done = false;
    body = new ReadableStream<Uint8Array>({
      start(controller) {
        req.on("data", (chunk: Buffer) => {
          if (done) return;
          controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
          if ((controller.desiredSize ?? 1) <= 0) req.pause();
        });
        req.once("end", () => {
          if (done) return;
          done = true;
          controller.close();
        });
        req.once("error", (error) => {
          if (done) return;
          done = true;
          controller.error(error);
        });
      },
      pull() {
        req.resume();
      },
      cancel() {
        done = true;
        req.resume();
      },
    });
  }
  return new Request(new URL(req.url ?? "/", origin), {
    method,
    headers,
    body,
    // @ts-expect-error -- Node's fetch needs `duplex` for a streamed body; lib.dom lacks it.
    duplex: "half",
    redirect: "manual",
  });
}

/** Writes a Web Response (protocol answers are small: buffered) to the Node response. */
export async function sendResponse(res: ServerResponse, response: Response) {
  const body = Buffer.from(await response.arrayBuffer());
  for (const [key, value] of response.headers) {
    if (key !== "set-cookie") res.setHeader(key, value);
  }
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) res.setHeader("set-cookie", cookies);
  if (!res.hasHeader("content-length")) res.setHeader("content-length", body.length);
  res.writeHead(response.status).end(body);
}
