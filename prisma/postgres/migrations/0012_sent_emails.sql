-- Emails owed by reactions, one per triggering event (sent once across restarts and instances).
CREATE TABLE "sent_emails" (
    "event_position" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "booking_id" TEXT NOT NULL,
    "recipient" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "message_id" TEXT NOT NULL,
    "claimed_at" TIMESTAMP(3) NOT NULL,
    "sent_at" TIMESTAMP(3),

    CONSTRAINT "sent_emails_pkey" PRIMARY KEY ("event_position")
);
