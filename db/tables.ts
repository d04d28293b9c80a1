import { sql } from "drizzle-orm";
import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
} from "drizzle-orm/pg-core";
import { oauthResource } from "./auth-schema";

/** A text primary key the database fills with a random UUID. */
const uuidPrimaryKey = () =>
  text("id")
    .primaryKey()
    .default(sql`gen_random_uuid()::text`);

/** When the row was written (the database's clock). */
const createdAt = () => timestamp("created_at", { withTimezone: true }).defaultNow().notNull();

/**
 * Security events, written by our code only (lib/audit.ts). Append-only: migration
 * 0002 installs a trigger that refuses UPDATE and DELETE on this table.
 */
export const auditEvent = pgTable(
  "audit_event",
  {
    id: uuidPrimaryKey(),
    createdAt: createdAt(),
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
    id: uuidPrimaryKey(),
    createdAt: createdAt(),
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

/**
 * Failed password sign-ins per submitted email (lower-cased), whether or not an account has
 * that email, so the lock is never an oracle for which accounts exist (db/writes/sign-in-throttle.ts).
 */
export const signInThrottle = pgTable("sign_in_throttle", {
  email: text("email").primaryKey(),
  failures: integer("failures").notNull().default(0),
  lockedUntil: timestamp("locked_until", { withTimezone: true }),
  updatedAt: timestamp("updated_at", { withTimezone: true }).defaultNow().notNull(),
});

/**
 * Authorization codes and refresh tokens being redeemed right now, keyed by a SHA-256 of the
 * credential (never the credential itself). One row = one request owns the redemption; a
 * concurrent request for the same credential marks it `reused` and is refused, and the owner
 * then has the grant revoked (lib/oauth/boundary/single-use.ts).
 */
export const tokenRedemption = pgTable("token_redemption", {
  key: text("key").primaryKey(),
  reused: boolean("reused").notNull().default(false),
  createdAt: createdAt(),
});

/**
 * A dynamic registration's policy (the scopes it asked for, its machine scopes, end-session),
 * stored by our before-hook under the client id it chose, before the plugin writes the client.
 * The trigger of migration `0007` applies it inside the client row's own INSERT and deletes it,
 * so no crash can leave a client with more than it asked for (lib/oauth/registration-hooks.ts,
 * docs/library-facts.md#fact-73). A row left here belongs to a registration that never wrote its
 * client; it is pruned after 10 minutes.
 */
export const oauthRegistrationPolicy = pgTable(
  "oauth_registration_policy",
  {
    clientId: text("client_id").primaryKey(),
    /** The known scopes asked for; empty keeps what the provider stores. */
    scopes: text("scopes").array().notNull(),
    clientCredentialsScopes: text("client_credentials_scopes").array().notNull(),
    enableEndSession: boolean("enable_end_session").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("oauth_registration_policy_created_at_idx").on(t.createdAt)],
);

/**
 * The resources a dynamic registration names in `resource_server_for` (token registrations only),
 * stored with its policy by our before-hook: the client row's INSERT records them in the client's
 * metadata and links the client to each (`oauth_client_resource`), then deletes these rows
 * (triggers of migration `0010`, docs/library-facts.md#fact-112). Rows left by a registration that
 * never wrote its client are pruned with the policies.
 */
export const oauthRegistrationResourceServer = pgTable(
  "oauth_registration_resource_server",
  {
    clientId: text("client_id").notNull(),
    resourceId: text("resource_id").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).defaultNow().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.clientId, t.resourceId] }),
    index("oauth_registration_resource_server_created_at_idx").on(t.createdAt),
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

/**
 * Protected resources open to every client: any client may request tokens for them with
 * `resource=` without an admin link (lib/oauth/resource-access.ts, docs/library-facts.md#fact-80).
 * A row's presence is the flag; it goes with its resource.
 */
export const openResource = pgTable("open_resource", {
  resourceId: text("resource_id")
    .primaryKey()
    .references(() => oauthResource.identifier, { onDelete: "cascade" }),
  createdAt: timestamp("created_at", { withTimezone: true }).defaultNow().notNull(),
});

/**
 * Hosts whose Client ID Metadata Documents are refused (set by admins in the console): no
 * document is fetched from them and their clients are refused at every endpoint
 * (lib/oauth/metadata-documents.ts).
 */
export const blockedMetadataHost = pgTable("blocked_metadata_host", {
  host: text("host").primaryKey(),
  blockedBy: text("blocked_by"),
  createdAt: timestamp("created_at", { withTimezone: true }).defaultNow().notNull(),
});
