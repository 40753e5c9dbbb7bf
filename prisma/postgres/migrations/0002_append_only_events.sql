-- The event log is append-only: corrections are new events, never edits or deletions.
CREATE FUNCTION events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'events are append-only: write a compensating event instead';
END;
$$;

CREATE TRIGGER "events_no_update_or_delete" BEFORE UPDATE OR DELETE ON "events"
FOR EACH STATEMENT EXECUTE FUNCTION events_append_only();

CREATE TRIGGER "events_no_truncate" BEFORE TRUNCATE ON "events"
FOR EACH STATEMENT EXECUTE FUNCTION events_append_only();
