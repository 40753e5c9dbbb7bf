-- Blue/green rebuilds: one row per projection being (or last) rebuilt. The row is the lease that lets
-- exactly one instance rebuild a projection, and carries its progress so every instance can show it.

-- CreateTable
CREATE TABLE "projection_rebuilds" (
    "name" TEXT NOT NULL PRIMARY KEY,
    "owner" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "target" INTEGER NOT NULL,
    "started_at" DATETIME NOT NULL,
    "heartbeat_at" DATETIME NOT NULL,
    "finished_at" DATETIME,
    "error" TEXT
);
