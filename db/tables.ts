import { sql } from "drizzle-orm";
import { index, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * Security events, written by our code only (lib/audit.ts). Append-only: migration
 * 0002 installs a trigger that refuses UPDATE and DELETE on this table.
 */
export const auditEvent = pgTable(
  "audit_event",
  {
    id: text("id")
      .primaryKey()
      .default(sql`gen_random_uuid()::text`),
    createdAt: timestamp("created_at", { withTimezone: true }).defaultNow().notNull(),
    type: text("type").notNull(),
    actorId: text("actor_id"),
    actorLabel: text("actor_label"),
    targetType: text("target_type"),
    targetId: text("target_id"),
    targetLabel: text("target_label"),
    ipAddress: text("ip_address"),
    userAgent: text("user_agent"),
    details: jsonb("details").$type<Record<string, unknown>>(),
  },
  (t) => [
    index("audit_event_created_at_idx").on(t.createdAt.desc()),
    index("audit_event_type_created_at_idx").on(t.type, t.createdAt.desc()),
    index("audit_event_actor_created_at_idx").on(t.actorId, t.createdAt.desc()),
  ],
);

/** Development outbox: mail that would have been sent when no SMTP_URL is configured. */
export const mailOutbox = pgTable(
  "mail_outbox",
  {
    id: text("id")
      .primaryKey()
      .default(sql`gen_random_uuid()::text`),
    createdAt: timestamp("created_at", { withTimezone: true }).defaultNow().notNull(),
    recipient: text("recipient").notNull(),
    subject: text("subject").notNull(),
    text: text("text").notNull(),
    html: text("html"),
  },
  (t) => [
    index("mail_outbox_created_at_idx").on(t.createdAt.desc()),
    index("mail_outbox_recipient_idx").on(t.recipient, t.createdAt.desc()),
  ],
);

/** The portal's look, set by admins at /admin/branding: one row (`id = 'default'`). */
export const branding = pgTable("branding", {
  id: text("id").primaryKey(),
  productName: text("product_name"),
  logoUrl: text("logo_url"),
  accentColor: text("accent_color"),
  updatedAt: timestamp("updated_at", { withTimezone: true }).defaultNow().notNull(),
});
