import { IncomingMessage, type ServerResponse } from "node:http";
import { requestState, type RequestHook } from "@/lib/server-hooks";
import { MAX_ACTION_BODY_BYTES, frameworkBodyProblem, isFrameworkDecodedBody } from "./bodies";
import { pathProblem } from "./paths";

export { unavailablePage } from "./availability";

/**
 * The request hook in front of Next (server.mjs runs it before the framework sees a request):
 * malformed input that Next itself would answer with a 500, before our code could run, gets a
 * 400 (413 for an oversized body) instead. See docs/architecture.md, "Malformed input".
 */
async function answer(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  description: string,
) {
  // Read what is left of a small body first: closing a socket with unread bytes sends a TCP
  // reset, and the client may lose the answer. An oversized body is not read (413 and close).
  if (status !== 413 && !req.readableEnded) await drain(req);
  const api = (req.url ?? "").startsWith("/api/");
  res.statusCode = status;
  res.setHeader("cache-control", "no-store");
  res.setHeader("connection", "close");
  if (api) {
    res.setHeader("content-type", "application/json");
    res.end(JSON.stringify({ error: "invalid_request", error_description: description }));
  } else {
    res.setHeader("content-type", "text/plain; charset=utf-8");
    res.end(`${status === 413 ? "Request too large" : "Bad request"}: ${description}\n`);
  }
  return true;
}

/** Reads and discards the rest of the request body, up to MAX_ACTION_BODY_BYTES. */
function drain(req: IncomingMessage): Promise<void> {
  if (Number(req.headers["content-length"] ?? 0) > MAX_ACTION_BODY_BYTES) return Promise.resolve();
  return new Promise((resolve) => {
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_ACTION_BODY_BYTES) resolve();
    });
    req.once("end", resolve);
    req.once("error", () => resolve());
    req.resume();
  });
}

/** The body's bytes, or "too large" as soon as they pass the limit. */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | "too large"> {
  if (Number(req.headers["content-length"] ?? 0) > limit) return Promise.resolve("too large");
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners("data");
        req.resume();
        resolve("too large");
      } else chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

/** A fresh request with the same head and the already-read body, for Next to read again. */
function replay(req: IncomingMessage, body: Buffer): IncomingMessage {
  const copy = new IncomingMessage(req.socket);
  copy.method = req.method;
  copy.url = req.url;
  copy.httpVersion = req.httpVersion;
  copy.httpVersionMajor = req.httpVersionMajor;
  copy.httpVersionMinor = req.httpVersionMinor;
  copy.headers = req.headers;
  copy.rawHeaders = req.rawHeaders;
  copy.complete = true;
  copy.push(body);
  copy.push(null);
  return copy;
}

/**
 * React's reply format has references (`$Q1`, `$@2`, …) that only the framework's decoder can
 * check; when it fails, Next answers 500 before the action runs. Such a 500, for a request whose
 * action never started (lib/action.ts notes the start), is the client's malformed input: 400.
 */
function refuseUndecodedAction(res: ServerResponse) {
  const state = requestState();
  if (!state) return;
  const writeHead = res.writeHead;
  res.writeHead = function (this: ServerResponse, status: number, ...rest: unknown[]) {
    const undecoded = status >= 500 && status !== 503 && !state.actionStarted;
    if (undecoded) console.warn("[gatehouse] server action body not decodable: answered 400");
    return (writeHead as (...args: unknown[]) => ServerResponse).call(
      this,
      undecoded ? 400 : status,
      ...rest,
    );
  } as ServerResponse["writeHead"];
}

/** Answers malformed requests itself (true), or hands Next the request to serve. */
export const guardRequest: RequestHook = async (req, res) => {
  const problem = pathProblem(req.url ?? "/");
  if (problem) return answer(req, res, 400, problem);
  if (!isFrameworkDecodedBody(req)) return false;
  const body = await readBody(req, MAX_ACTION_BODY_BYTES);
  if (body === "too large") return answer(req, res, 413, "The request body is too large");
  const bodyProblem = await frameworkBodyProblem(req, body);
  if (bodyProblem) return answer(req, res, 400, bodyProblem);
  refuseUndecodedAction(res);
  return replay(req, body);
};
