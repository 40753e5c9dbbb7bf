-- Payment attempts: a declined or timed-out card no longer ends a booking, so BookingView counts the
-- attempts and keeps how the last one failed (the checkout page says so), and whether the hold has used
-- its one extension. Replayed from the log so existing bookings get both (the log itself is untouched).

-- AlterTable
ALTER TABLE "booking_view" ADD COLUMN "hold_extensions" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "booking_view" ADD COLUMN "payment_attempts" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "booking_view" ADD COLUMN "last_payment_failure" TEXT;

-- Rebuild BookingView from the log.
DELETE FROM "booking_view";
UPDATE "projection_checkpoints" SET "position" = 0 WHERE "name" = 'booking-view';
