import { rejectRequest, unverifiableTokenAnswer } from "./error-answers";
import type { Param } from "./input-hygiene";

/**
 * Library answers that are not RFC answers, replaced after the handler ran:
 * - 415 is better-call's own shape for an unsupported media type; RFC 6749 §5.2 says
 *   `invalid_request`.
 * - A 429 from Better Auth's rate limiter carries only `X-Retry-After`; RFC 9110 §10.2.3 names
 *   `Retry-After`, which HTTP clients and proxies read, so it is added (the seconds are the same).
 * - A 5xx for a JWT-shaped token that does not verify (jose errors are not mapped by the
 *   plugin, docs/library-facts.md#fact-18) becomes the endpoint's answer for an invalid token.
 */
// Three dot-separated parts, whatever their characters: the library fails on `é`, `+`, `!` or
// a space inside a part (a form body's `%20`) as it does on a bad signature.
const JWT_SHAPE = /^[^.]+\.[^.]*\.[^.]*$/;

export type RepairInput = {
  endpoint: string;
  publicOrigin: string;
  /** The request's Authorization header. */
  authorization: string | null;
  /** The body parameters the library received. */
  params: Param[];
};

/** The token the request presents: the `token` parameter, else a Bearer or DPoP credential. */
export function presentedToken(authorization: string | null, params: Param[]) {
  const [, scheme, credential] = authorization?.match(/^(Bearer|DPoP)\s+(\S+)$/i) ?? [];
  const token = params.find(([name]) => name === "token")?.[1] ?? credential;
  return { token, scheme };
}

export function repairResponse(response: Response, input: RepairInput): Response {
  const { endpoint, publicOrigin } = input;
  if (response.status === 415) {
    const description = "The request content type is not supported here";
    return rejectRequest(endpoint, { description }, publicOrigin);
  }
  if (response.status === 429) return withRetryAfter(response);
  if (response.status < 500) return response;
  const { token, scheme } = presentedToken(input.authorization, input.params);
  const answer = token && JWT_SHAPE.test(token) && unverifiableTokenAnswer(endpoint, scheme);
  if (!answer) return response;
  console.warn(
    `[gatehouse] ${endpoint}: library error for an unverifiable token, answered ${answer.status}`,
  );
  return answer;
}

/** A 429 always says when to come back: `Retry-After` from `X-Retry-After`, else one window. */
export function withRetryAfter(response: Response, fallbackSeconds = 60): Response {
  if (response.headers.has("retry-after")) return response;
  const given = response.headers.get("x-retry-after");
  const seconds = given && /^\d+$/.test(given) ? given : String(fallbackSeconds);
  const headers = new Headers(response.headers);
  headers.set("retry-after", seconds);
  return new Response(response.body, {
    status: response.status,
    statusText: response.statusText,
    headers,
  });
}
