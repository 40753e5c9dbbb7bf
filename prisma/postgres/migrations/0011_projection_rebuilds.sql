-- Blue/green rebuilds: one row per projection being (or last) rebuilt. The row is the lease that lets
-- exactly one instance rebuild a projection, and carries its progress so every instance can show it.

-- CreateTable
CREATE TABLE "projection_rebuilds" (
    "name" TEXT NOT NULL,
    "owner" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "target" INTEGER NOT NULL,
    "started_at" TIMESTAMP(3) NOT NULL,
    "heartbeat_at" TIMESTAMP(3) NOT NULL,
    "finished_at" TIMESTAMP(3),
    "error" TEXT,

    CONSTRAINT "projection_rebuilds_pkey" PRIMARY KEY ("name")
);
