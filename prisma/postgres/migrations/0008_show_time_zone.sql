-- Venue time zones: a show names the IANA zone its times are read in. ShowView carries it, and is rebuilt
-- from the log so that shows scheduled before (read through an upcaster, in VENUE_TIME_ZONE) get theirs.

-- AlterTable
ALTER TABLE "show_view" ADD COLUMN "time_zone" TEXT NOT NULL DEFAULT 'UTC';

-- Rebuild ShowView from the log (read tables are derived; the event log itself is untouched).
DELETE FROM "show_view";
UPDATE "projection_checkpoints" SET "position" = 0 WHERE "name" = 'show-view';
