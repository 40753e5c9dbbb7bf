-- Trust: staff sessions that end on the server, edge rate-limit counters shared across instances on
-- PostgreSQL, and a replay of BookingView: customers are now named by a pseudonym (events written
-- before are read through an upcaster that masks them), so its customer_id column is rebuilt from the log.

-- CreateTable
CREATE TABLE "staff_sessions" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "staff_name" TEXT NOT NULL,
    "created_at" DATETIME NOT NULL,
    "expires_at" DATETIME NOT NULL,
    "ended_at" DATETIME
);

-- CreateTable
CREATE TABLE "rate_limits" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "points" INTEGER NOT NULL DEFAULT 0,
    "expire" BIGINT
);

-- CreateIndex
CREATE INDEX "staff_sessions_expires_at_idx" ON "staff_sessions"("expires_at");

-- Rebuild BookingView from the log (read tables are derived; the event log itself is untouched).
DELETE FROM "booking_view";
UPDATE "projection_checkpoints" SET "position" = 0 WHERE "name" = 'booking-view';
