CREATE TABLE "branding" (
	"id" text PRIMARY KEY NOT NULL,
	"product_name" text,
	"logo_url" text,
	"accent_color" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
