-- The event log is append-only: corrections are new events, never edits or deletions.
CREATE TRIGGER "events_no_update" BEFORE UPDATE ON "events"
BEGIN
  SELECT RAISE(ABORT, 'events are append-only: write a compensating event instead');
END;

CREATE TRIGGER "events_no_delete" BEFORE DELETE ON "events"
BEGIN
  SELECT RAISE(ABORT, 'events are append-only: write a compensating event instead');
END;
