CREATE TABLE "oauth_registration_resource_server" (
	"client_id" text NOT NULL,
	"resource_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "oauth_registration_resource_server_client_id_resource_id_pk" PRIMARY KEY("client_id","resource_id")
);
--> statement-breakpoint
CREATE INDEX "oauth_registration_resource_server_created_at_idx" ON "oauth_registration_resource_server" USING btree ("created_at");--> statement-breakpoint
-- Hand-written (issue 9): a token registration may name the resources its client is the resource
-- server of (DCR metadata `resource_server_for`, checked by our before-hook, which stores them in
-- "oauth_registration_resource_server" under the client id it chose). The client row's own INSERT
-- applies them, beside 0008's policy trigger: BEFORE INSERT records them in the row's metadata (the
-- registration response echoes it), AFTER INSERT links the client to each resource
-- (oauth_client_resource, which lets it introspect their tokens: docs/library-facts.md#fact-31)
-- and deletes the stored rows. One statement: no crash leaves a client without its links
-- (docs/library-facts.md#fact-73, #fact-112). Triggers fire by name: "oauth_client_apply_…"
-- (0008) first, so the metadata is already an object when the policy applied.
CREATE OR REPLACE FUNCTION "oauth_client_record_resource_servers"() RETURNS trigger
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  identifiers text[];
  meta jsonb;
BEGIN
  SELECT array_agg("resource_id" ORDER BY "resource_id") INTO identifiers
  FROM "oauth_registration_resource_server" WHERE "client_id" = NEW."client_id";
  IF identifiers IS NULL THEN
    RETURN NEW;
  END IF;
  meta := COALESCE(NEW."metadata", '{}'::jsonb);
  IF jsonb_typeof(meta) = 'string' THEN
    meta := (meta #>> '{}')::jsonb;
  END IF;
  NEW."metadata" := meta || jsonb_build_object('resource_server_for', to_jsonb(identifiers));
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "oauth_client_record_resource_servers"
  BEFORE INSERT ON "oauth_client"
  FOR EACH ROW EXECUTE FUNCTION "oauth_client_record_resource_servers"();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION "oauth_client_link_resource_servers"() RETURNS trigger
LANGUAGE plpgsql VOLATILE AS $$
BEGIN
  -- A resource deleted since the before-hook checked it is skipped, not a failed registration.
  WITH named AS (
    DELETE FROM "oauth_registration_resource_server" WHERE "client_id" = NEW."client_id"
    RETURNING "resource_id"
  )
  INSERT INTO "oauth_client_resource" ("id", "client_id", "resource_id", "created_at")
  SELECT gen_random_uuid()::text, NEW."client_id", r."identifier", now()
  FROM named JOIN "oauth_resource" r ON r."identifier" = named."resource_id"
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "oauth_client_link_resource_servers"
  AFTER INSERT ON "oauth_client"
  FOR EACH ROW EXECUTE FUNCTION "oauth_client_link_resource_servers"();
