import { randomUUID } from "node:crypto";

/** The response header (and the log field `requestId`) that names one request. */
export const REQUEST_ID_HEADER = "x-request-id";

// A reverse proxy's id is kept when it is a plain token; anything else is replaced, so a
// client cannot write arbitrary text into the log through the header.
const SAFE_ID = /^[A-Za-z0-9._:-]{8,128}$/;

/** The proxy's request id when it is well-formed, else a fresh one. */
export function requestIdFrom(incoming: string | string[] | undefined): string {
  const value = Array.isArray(incoming) ? incoming[0] : incoming;
  return value && SAFE_ID.test(value) ? value : randomUUID();
}
