-- StreamView: one row per stream with its current version and last change, so the history viewer lists
-- streams from a read table instead of grouping the whole event log on every page.
CREATE TABLE "stream_view" (
    "stream_id" TEXT NOT NULL PRIMARY KEY,
    "category" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "last_position" INTEGER NOT NULL,
    "last_changed_at" DATETIME NOT NULL
);

CREATE INDEX "stream_view_last_position_idx" ON "stream_view"("last_position");

CREATE INDEX "stream_view_category_last_position_idx" ON "stream_view"("category", "last_position");
