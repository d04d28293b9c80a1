-- Hand-written (issue 10): exactly one consent row per user, client and organization reference.
-- The provider looks a consent up and then inserts one in separate statements, so concurrent
-- submissions (many tabs) inserted several rows. db/auth-schema.ts is generated from the plugin,
-- so the index and trigger live here.

-- 1. Merge existing duplicates: the newest decision (updated_at, then created_at) is the one kept.
DELETE FROM "oauth_consent" AS c
USING (
  SELECT "id",
         row_number() OVER (
           PARTITION BY "user_id", "client_id", "reference_id"
           ORDER BY "updated_at" DESC NULLS LAST, "created_at" DESC NULLS LAST, "id" DESC
         ) AS "rank"
  FROM "oauth_consent"
) AS ranked
WHERE c."id" = ranked."id" AND ranked."rank" > 1;
--> statement-breakpoint
CREATE UNIQUE INDEX "oauth_consent_user_client_reference_uidx"
  ON "oauth_consent" ("user_id", "client_id", "reference_id") NULLS NOT DISTINCT;
--> statement-breakpoint
-- 2. The upsert: an insert for a key that already has a row replaces that row (the newest
-- decision wins, as the provider's own update does). The advisory lock serialises concurrent
-- inserts of one key, so the second sees the first's committed row instead of failing on the
-- unique index.
CREATE OR REPLACE FUNCTION "oauth_consent_replace"() RETURNS trigger
LANGUAGE plpgsql VOLATILE AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(
    hashtextextended(
      concat_ws(E'\x1f', 'oauth_consent', NEW."user_id", NEW."client_id", NEW."reference_id"), 0
    )
  );
  DELETE FROM "oauth_consent"
  WHERE "user_id" IS NOT DISTINCT FROM NEW."user_id"
    AND "client_id" = NEW."client_id"
    AND "reference_id" IS NOT DISTINCT FROM NEW."reference_id";
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "oauth_consent_replace"
  BEFORE INSERT ON "oauth_consent"
  FOR EACH ROW EXECUTE FUNCTION "oauth_consent_replace"();
