import { env } from "@/lib/env";
import { whileAvailable } from "./availability";
import { bodyTooLarge, rejectRequest } from "./error-answers";
import { basicCredentialsProblem, bodyProblem, urlProblem } from "./input-hygiene";
import { endpointOf, publicUrl, rebuildRequest } from "./public-request";
import { readBody } from "./request-body";
import { authRequestContext } from "./request-context";
import { repairResponse } from "./response-repair";

/**
 * The boundary in front of Better Auth (docs/library-facts.md, facts 18 and 22), composed of one module
 * per concern: input hygiene refuses what the library would answer with a 500 or in its own
 * shape, the request is rebuilt on the public origin (DPoP `htu`), the handler runs inside
 * `authRequestContext` (written here; read by the organization step) and, while the database
 * is unreachable, answers 503 (`availability.ts`); library answers that are not RFC answers
 * are repaired.
 */
type Handler = (request: Request) => Promise<Response>;

function guard(handler: Handler): Handler {
  return async (incoming) => {
    const publicOrigin = env.BETTER_AUTH_URL;
    const url = publicUrl(incoming.url, publicOrigin);
    const endpoint = endpointOf(url);
    const authorization = incoming.headers.get("authorization");

    const inputProblem = urlProblem(url, endpoint) ?? basicCredentialsProblem(authorization);
    if (inputProblem) return rejectRequest(endpoint, inputProblem, publicOrigin);
    const body = await readBody(incoming);
    if (body === "too large") return bodyTooLarge();
    const problem = body && bodyProblem(endpoint, body);
    if (problem) return rejectRequest(endpoint, problem, publicOrigin);

    const request = rebuildRequest(incoming, url, body?.bytes);
    const response = await whileAvailable(() =>
      authRequestContext.run({ pathname: url.pathname }, () => handler(request)),
    );
    const params = body?.params ?? [];
    return repairResponse(response, { endpoint, publicOrigin, authorization, params });
  };
}

/** Each of `toNextJsHandler(auth)`'s method handlers, behind the boundary. */
export function guardAuthHandler<M extends string>(handlers: Record<M, Handler>) {
  const entries = Object.entries<Handler>(handlers).map(([method, h]) => [method, guard(h)]);
  return Object.fromEntries(entries) as Record<M, Handler>;
}
