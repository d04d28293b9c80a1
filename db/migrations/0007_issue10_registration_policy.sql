CREATE TABLE "oauth_registration_policy" (
	"client_id" text PRIMARY KEY NOT NULL,
	"scopes" text[] NOT NULL,
	"client_credentials_scopes" text[] NOT NULL,
	"enable_end_session" boolean NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "oauth_registration_policy_created_at_idx" ON "oauth_registration_policy" USING btree ("created_at");