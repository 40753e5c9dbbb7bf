-- Venue layout: the seating layout (section order, and where each section sits around the stage) a show's
-- SeatingLayoutSet event carries, as JSON on ShowView. Shows scheduled before it have none and are drawn with the
-- default layout, so nothing needs replaying.

-- AlterTable
ALTER TABLE "show_view" ADD COLUMN "layout" TEXT;
