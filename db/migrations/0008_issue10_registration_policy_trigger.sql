-- Hand-written (issue 10): a dynamic registration's policy is applied by the client row's own
-- INSERT. Our before-hook stores the policy in "oauth_registration_policy" under the client id it
-- chooses (lib/oauth/registration.ts); this trigger moves it onto the row the plugin inserts, in
-- the same statement, so no crash can leave a client with more than it asked for
-- (docs/library-facts.md#fact-73). A row without a stored policy (console, seed) is untouched.
CREATE OR REPLACE FUNCTION "oauth_client_apply_registration_policy"() RETURNS trigger
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  policy "oauth_registration_policy"%ROWTYPE;
  meta jsonb;
BEGIN
  DELETE FROM "oauth_registration_policy" WHERE "client_id" = NEW."client_id"
  RETURNING * INTO policy;
  IF NOT FOUND THEN
    RETURN NEW;
  END IF;
  -- Only the scopes asked for (in the order asked), of those the provider stored.
  IF cardinality(policy."scopes") > 0 THEN
    NEW."scopes" := ARRAY(
      SELECT s FROM unnest(policy."scopes") WITH ORDINALITY AS asked(s, n)
      WHERE s = ANY (COALESCE(NEW."scopes", '{}'))
      ORDER BY n
    );
  END IF;
  NEW."client_credentials_scopes" := ARRAY(
    SELECT s FROM unnest(policy."client_credentials_scopes") WITH ORDINALITY AS asked(s, n)
    WHERE s = ANY (COALESCE(NEW."scopes", '{}'))
    ORDER BY n
  );
  NEW."enable_end_session" := policy."enable_end_session";
  meta := NEW."metadata";
  IF jsonb_typeof(meta) = 'string' THEN
    meta := (meta #>> '{}')::jsonb;
  END IF;
  IF meta IS NULL OR jsonb_typeof(meta) <> 'object' THEN
    meta := '{}'::jsonb;
  END IF;
  NEW."metadata" := meta || jsonb_build_object('gatehouse_registration', 'dynamic');
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "oauth_client_apply_registration_policy"
  BEFORE INSERT ON "oauth_client"
  FOR EACH ROW EXECUTE FUNCTION "oauth_client_apply_registration_policy"();
