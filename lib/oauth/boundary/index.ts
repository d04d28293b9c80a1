import { env } from "@/lib/env";
import { correctDiscoveryResponse, isDiscoveryEndpoint } from "@/lib/oauth/discovery";
import { corsPolicy, namedClient, preflight, withCors, type OriginCheck } from "./cors";
import { whileAvailable } from "./availability";
import { bodyTooLarge, rejectRequest } from "./error-answers";
import { withMachineSubject } from "./introspection-sub";
import { basicCredentialsProblem, bodyProblem, urlProblem } from "./input-hygiene";
import { endpointOf, publicUrl, rebuildRequest } from "./public-request";
import { readBody } from "./request-body";
import { authRequestContext } from "./request-context";
import { repairResponse } from "./response-repair";
import { authorizeErrorAsPage } from "./authorize-error-page";
import { redeemOnce, singleUseCredential } from "./single-use";

/**
 * The boundary in front of Better Auth (docs/library-facts.md, facts 18 and 22), composed of one module
 * per concern: input hygiene refuses what the library would answer with a 500 or in its own
 * shape, the request is rebuilt on the public origin (DPoP `htu`), the handler runs inside
 * `authRequestContext` (written here; read by the organization step) and, while the database
 * is unreachable, answers 503 (`availability.ts`); a code or refresh token is redeemed by one
 * request at a time (single-use.ts), library answers that are not RFC answers are repaired, the
 * discovery documents corrected, and every answer carries the endpoint's CORS headers (`cors.ts`).
 */
type Handler = (request: Request) => Promise<Response>;

type Options = {
  /** Whether an origin is a registered client's (that client's, when named): CORS. */
  originCheck: OriginCheck;
};

function guard(handler: Handler, { originCheck }: Options): Handler {
  return async (incoming) => {
    const publicOrigin = env.BETTER_AUTH_URL;
    const url = publicUrl(incoming.url, publicOrigin);
    const endpoint = endpointOf(url);
    const authorization = incoming.headers.get("authorization");
    const origin = incoming.headers.get("origin");
    const policy = corsPolicy(endpoint);
    const answer = async (response: Response, clientId?: string) =>
      withCors(response, { policy, origin, clientId }, originCheck);

    const inputProblem = urlProblem(url, endpoint) ?? basicCredentialsProblem(authorization);
    if (inputProblem) return answer(rejectRequest(endpoint, inputProblem, publicOrigin));
    const body = await readBody(incoming);
    if (body === "too large") return answer(bodyTooLarge());
    const problem = body && bodyProblem(endpoint, body);
    if (problem) return answer(rejectRequest(endpoint, problem, publicOrigin));

    const params = body?.params ?? [];
    const run = () =>
      authRequestContext.run({ pathname: url.pathname }, () =>
        handler(rebuildRequest(incoming, url, body?.bytes)),
      );
    const credential = singleUseCredential(endpoint, params, env.REFRESH_TOKEN_REUSE_INTERVAL);
    // The redemption claim is a database write too: inside the outage answer.
    const response = await whileAvailable(() =>
      credential ? redeemOnce(credential, run, run) : run(),
    );
    const repaired = repairResponse(response, { endpoint, publicOrigin, authorization, params });
    const corrected = isDiscoveryEndpoint(endpoint)
      ? await correctDiscoveryResponse(repaired)
      : endpoint === "/oauth2/introspect"
        ? await withMachineSubject(repaired)
        : endpoint === "/oauth2/authorize"
          ? await authorizeErrorAsPage(
              repaired,
              incoming.headers.get("sec-fetch-mode"),
              publicOrigin,
            )
          : repaired;
    return answer(corrected, namedClient(params, url, authorization));
  };
}

/** CORS preflights: the library has no `OPTIONS` handler. */
function preflightHandler({ originCheck }: Options): Handler {
  return async (incoming) => {
    const endpoint = endpointOf(publicUrl(incoming.url, env.BETTER_AUTH_URL));
    return preflight(corsPolicy(endpoint), incoming.headers.get("origin"), originCheck);
  };
}

/** Each of `toNextJsHandler(auth)`'s method handlers behind the boundary, plus `OPTIONS`. */
export function guardAuthHandler<M extends string>(handlers: Record<M, Handler>, options: Options) {
  const entries = Object.entries<Handler>(handlers).map(([method, h]) => [
    method,
    guard(h, options),
  ]);
  const guarded = Object.fromEntries(entries) as Record<M, Handler>;
  return { ...guarded, OPTIONS: preflightHandler(options) };
}
