-- Several instances on one database hear of each other's changes at once (LISTEN/NOTIFY) instead of
-- polling for them. Both notifications are sent by the transaction that makes the change, so they arrive
-- only once it has committed (never for a rollback), in commit order.

-- Every append: the highest position it wrote (appends hold an advisory lock, so that is the new head).
CREATE FUNCTION notify_events_appended() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('booking_events', (SELECT MAX(position) FROM appended)::text);
  RETURN NULL;
END;
$$;

CREATE TRIGGER "events_notify_appended" AFTER INSERT ON "events"
REFERENCING NEW TABLE AS appended
FOR EACH STATEMENT EXECUTE FUNCTION notify_events_appended();

-- Every move of a checkpoint (a batch applied, a rebuild reset): the projection's name, so pushes follow it.
CREATE FUNCTION notify_checkpoint_moved() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.position IS DISTINCT FROM OLD.position THEN
    PERFORM pg_notify('booking_checkpoints', NEW.name);
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "projection_checkpoints_notify_moved" AFTER UPDATE ON "projection_checkpoints"
FOR EACH ROW EXECUTE FUNCTION notify_checkpoint_moved();
