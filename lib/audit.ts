import { getIP } from "better-auth/api";
import { db } from "@/db";
import { auditEvent } from "@/db/schema";
import { env } from "@/lib/env";
import { observeSecurityEvent } from "@/lib/operations/security-events";
import type { AuditEventType } from "./audit-events";

export { AUDIT_EVENT_TYPES, type AuditEventType } from "./audit-events";

export type AuditActor = { id: string; email?: string | null } | null;
export type AuditTarget = { type: string; id?: string | null; label?: string | null };

export type AuditInput = {
  type: AuditEventType;
  actor: AuditActor;
  target?: AuditTarget;
  headers?: Headers | null;
  details?: Record<string, unknown>;
};

// Keys whose values must never be stored, whatever their nesting.
const SECRET_KEY =
  /secret|token|password|passwd|code|hash|assertion|cookie|authorization|otp|key$/i;

/** Drops secret-looking keys and caps string sizes, so no secret or token reaches the log. */
export function redactDetails(value: unknown, depth = 0): unknown {
  if (depth > 4) return null;
  if (typeof value === "string") return value.length > 500 ? `${value.slice(0, 500)}…` : value;
  if (Array.isArray(value)) return value.slice(0, 50).map((v) => redactDetails(v, depth + 1));
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k]) => !SECRET_KEY.test(k))
        .map(([k, v]) => [k, redactDetails(v, depth + 1)]),
    );
  }
  return value;
}

/** The target of an event about a user account: the user's id, labelled with the email. */
export const userTarget = (user: { id: string; email: string }): AuditTarget => ({
  type: "user",
  id: user.id,
  label: user.email,
});

const ipOptions = {
  advanced: {
    ipAddress: { ipAddressHeaders: env.IP_ADDRESS_HEADERS, trustedProxies: env.TRUSTED_PROXIES },
  },
};

/** Appends one security event. Never throws into the caller's flow: a failure is logged. */
export async function recordAudit(event: AuditInput): Promise<void> {
  const headers = event.headers ?? null;
  observeSecurityEvent(event);
  try {
    await db.insert(auditEvent).values({
      type: event.type,
      actorId: event.actor?.id ?? null,
      actorLabel: event.actor?.email ?? null,
      targetType: event.target?.type ?? null,
      targetId: event.target?.id ?? null,
      targetLabel: event.target?.label ?? null,
      ipAddress: headers ? getIP(headers, ipOptions) : null,
      userAgent: headers?.get("user-agent")?.slice(0, 500) ?? null,
      details: event.details ? (redactDetails(event.details) as Record<string, unknown>) : null,
    });
  } catch (error) {
    console.error(`[gatehouse] audit write failed for ${event.type}:`, (error as Error).message);
  }
}

/** An event a person caused on their own account: actor and target are that user. */
export const recordOwnAccountEvent = (
  type: AuditEventType,
  user: { id: string; email: string },
  headers?: Headers | null,
) =>
  recordAudit({
    type,
    actor: { id: user.id, email: user.email },
    target: userTarget(user),
    headers,
  });
