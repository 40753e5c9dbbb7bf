-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "events" (
    "position" SERIAL NOT NULL,
    "stream_id" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "type" TEXT NOT NULL,
    "schema_version" INTEGER NOT NULL,
    "data" TEXT NOT NULL,
    "metadata" TEXT NOT NULL,
    "command_id" TEXT,
    "correlation_id" TEXT NOT NULL,
    "causation_id" TEXT,
    "actor" TEXT NOT NULL,
    "occurred_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "events_pkey" PRIMARY KEY ("position")
);

-- CreateTable
CREATE TABLE "handled_commands" (
    "command_id" TEXT NOT NULL,
    "first_position" INTEGER NOT NULL,
    "last_position" INTEGER NOT NULL,
    "result" TEXT NOT NULL,
    "handled_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "handled_commands_pkey" PRIMARY KEY ("command_id")
);

-- CreateTable
CREATE TABLE "snapshots" (
    "stream_id" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "schema_version" INTEGER NOT NULL,
    "state" TEXT NOT NULL,
    "taken_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "snapshots_pkey" PRIMARY KEY ("stream_id")
);

-- CreateTable
CREATE TABLE "projection_checkpoints" (
    "name" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "last_error" TEXT,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "projection_checkpoints_pkey" PRIMARY KEY ("name")
);

-- CreateTable
CREATE TABLE "show_view" (
    "show_id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "venue" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "starts_at" TIMESTAMP(3) NOT NULL,
    "status" TEXT NOT NULL,
    "seats_total" INTEGER NOT NULL,
    "seats_available" INTEGER NOT NULL,
    "seats_held" INTEGER NOT NULL,
    "seats_booked" INTEGER NOT NULL,
    "min_price_cents" INTEGER,
    "max_price_cents" INTEGER,
    "revenue_cents" INTEGER NOT NULL,
    "currency" TEXT NOT NULL,
    "last_position" INTEGER NOT NULL,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "show_view_pkey" PRIMARY KEY ("show_id")
);

-- CreateTable
CREATE TABLE "seat_view" (
    "show_id" TEXT NOT NULL,
    "seat_id" TEXT NOT NULL,
    "section" TEXT NOT NULL,
    "row" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "tier" TEXT NOT NULL,
    "price_cents" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "booking_id" TEXT,
    "hold_expires_at" TIMESTAMP(3),
    "last_position" INTEGER NOT NULL,

    CONSTRAINT "seat_view_pkey" PRIMARY KEY ("show_id","seat_id")
);

-- CreateTable
CREATE TABLE "booking_view" (
    "booking_id" TEXT NOT NULL,
    "reference" TEXT,
    "show_id" TEXT NOT NULL,
    "customer_id" TEXT NOT NULL,
    "seat_ids" TEXT NOT NULL,
    "total_cents" INTEGER NOT NULL,
    "refunded_cents" INTEGER NOT NULL,
    "currency" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "customer_name" TEXT,
    "customer_email" TEXT,
    "hold_expires_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "last_position" INTEGER NOT NULL,

    CONSTRAINT "booking_view_pkey" PRIMARY KEY ("booking_id")
);

-- CreateIndex
CREATE INDEX "events_category_position_idx" ON "events"("category", "position");

-- CreateIndex
CREATE INDEX "events_type_position_idx" ON "events"("type", "position");

-- CreateIndex
CREATE INDEX "events_correlation_id_position_idx" ON "events"("correlation_id", "position");

-- CreateIndex
CREATE INDEX "events_occurred_at_idx" ON "events"("occurred_at");

-- CreateIndex
CREATE UNIQUE INDEX "events_stream_id_version_key" ON "events"("stream_id", "version");

-- CreateIndex
CREATE INDEX "show_view_status_starts_at_idx" ON "show_view"("status", "starts_at");

-- CreateIndex
CREATE INDEX "seat_view_show_id_last_position_idx" ON "seat_view"("show_id", "last_position");

-- CreateIndex
CREATE INDEX "seat_view_booking_id_idx" ON "seat_view"("booking_id");

-- CreateIndex
CREATE UNIQUE INDEX "booking_view_reference_key" ON "booking_view"("reference");

-- CreateIndex
CREATE INDEX "booking_view_show_id_idx" ON "booking_view"("show_id");

-- CreateIndex
CREATE INDEX "booking_view_status_hold_expires_at_idx" ON "booking_view"("status", "hold_expires_at");

