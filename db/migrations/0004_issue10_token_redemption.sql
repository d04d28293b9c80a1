CREATE TABLE "token_redemption" (
	"key" text PRIMARY KEY NOT NULL,
	"reused" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
