import { and, count, desc, eq, gte, type SQL } from "drizzle-orm";
import { db } from "@/db";
import { totalOf } from "./count";
import { exists } from "./exists";
import { within } from "./filters";
import { pageOf } from "./page";
import { auditEvent, user } from "@/db/schema";

export type AuditFilter = {
  type?: string;
  /** An email address or a user id. */
  actor?: string;
  from?: Date;
  to?: Date;
};

export type AuditRow = {
  id: string;
  createdAt: Date;
  type: string;
  actorId: string | null;
  actorLabel: string | null;
  targetType: string | null;
  targetId: string | null;
  targetLabel: string | null;
  ipAddress: string | null;
  userAgent: string | null;
  details: Record<string, unknown> | null;
};

const columns = {
  id: auditEvent.id,
  createdAt: auditEvent.createdAt,
  type: auditEvent.type,
  actorId: auditEvent.actorId,
  actorLabel: auditEvent.actorLabel,
  targetType: auditEvent.targetType,
  targetId: auditEvent.targetId,
  targetLabel: auditEvent.targetLabel,
  ipAddress: auditEvent.ipAddress,
  userAgent: auditEvent.userAgent,
  details: auditEvent.details,
};

/**
 * The actor condition. An email is resolved to the user id first, so the
 * (actor_id, created_at) index serves it.
 */
async function actorCondition(actor: string): Promise<SQL | undefined> {
  if (!actor.includes("@")) return eq(auditEvent.actorId, actor);
  const email = actor.toLowerCase();
  const [found] = await db.select({ id: user.id }).from(user).where(eq(user.email, email)).limit(1);
  // Events always store the actor's id with the label; the label alone matters once the
  // user is deleted (then the filter scans, which is acceptable for that rare lookup).
  return found ? eq(auditEvent.actorId, found.id) : eq(auditEvent.actorLabel, email);
}

async function where(filter: AuditFilter) {
  const conditions: (SQL | undefined)[] = [
    filter.type ? eq(auditEvent.type, filter.type) : undefined,
    filter.actor ? await actorCondition(filter.actor) : undefined,
    ...within(auditEvent.createdAt, filter.from, filter.to),
  ];
  return and(...conditions);
}

/** One page of the audit log, newest first, and the number of matching events. */
export async function listAuditEvents(
  filter: AuditFilter,
  page: number,
  pageSize: number,
): Promise<{ rows: AuditRow[]; total: number }> {
  const condition = await where(filter);
  const events = db
    .select(columns)
    .from(auditEvent)
    .where(condition)
    .orderBy(desc(auditEvent.createdAt), desc(auditEvent.id));
  const counted = db.select({ total: count() }).from(auditEvent).where(condition);
  return pageOf(events.$dynamic(), counted, page, pageSize);
}

/** The latest events, for the overview. */
export async function latestAuditEvents(limit = 10): Promise<AuditRow[]> {
  return db.select(columns).from(auditEvent).orderBy(desc(auditEvent.createdAt)).limit(limit);
}

/** How many events of a type happened since a moment (index: type, created_at). */
export async function countAuditEventsSince(type: string, since: Date): Promise<number> {
  const counted = await db
    .select({ total: count() })
    .from(auditEvent)
    .where(and(eq(auditEvent.type, type), gte(auditEvent.createdAt, since)));
  return totalOf(counted);
}

/**
 * Whether `userId` has an event of `type` at or after `since` (and within `maxAgeSeconds`):
 * the verify-email page asks whether this very session came from a verification link.
 */
export async function hasEventSince(
  userId: string,
  type: string,
  since: Date,
  maxAgeSeconds: number,
): Promise<boolean> {
  const oldest = new Date(Math.max(since.getTime(), Date.now() - maxAgeSeconds * 1000));
  return exists(
    auditEvent,
    and(
      eq(auditEvent.actorId, userId),
      eq(auditEvent.type, type),
      gte(auditEvent.createdAt, oldest),
    ),
  );
}
