import { logger } from "./logger";
import { metrics } from "./metrics";
import { REQUEST_ID_HEADER } from "./request-id";

type SecurityEvent = {
  type: string;
  actor: { id: string } | null;
  target?: { type: string; id?: string | null };
  headers?: Headers | null;
  details?: Record<string, unknown>;
};

/**
 * One JSON log line per security event (every audit entry), tied to its request by the request
 * id, and the sign-in counter. Ids and the event type only: no email, detail or header value.
 */
export function observeSecurityEvent(event: SecurityEvent) {
  const method = typeof event.details?.method === "string" ? event.details.method : "unknown";
  if (event.type === "user.sign_in") metrics.signIns.inc({ method, outcome: "success" });
  if (event.type === "user.sign_in_failed") metrics.signIns.inc({ method, outcome: "failure" });
  logger.info(
    {
      kind: "security",
      event: event.type,
      requestId: event.headers?.get(REQUEST_ID_HEADER) ?? undefined,
      actorId: event.actor?.id,
      targetType: event.target?.type,
      targetId: event.target?.id ?? undefined,
    },
    event.type,
  );
}

/** Counts a successful token endpoint answer by its grant type (Better Auth after-hook). */
export function countIssuedTokens(path: string, failed: boolean, body: unknown) {
  if (path !== "/oauth2/token" || failed) return;
  const grant = (body as { grant_type?: unknown } | undefined)?.grant_type;
  const known = [
    "authorization_code",
    "refresh_token",
    "client_credentials",
    "urn:ietf:params:oauth:grant-type:device_code",
  ];
  metrics.tokensIssued.inc({
    grant_type: typeof grant === "string" && known.includes(grant) ? grant : "other",
  });
}
