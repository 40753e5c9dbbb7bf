import { NextResponse } from "next/server";
import { bookingSystem } from "@/lib/system";
import { listPublishedShows, showListPosition } from "@/lib/queries/shows";
import { showJson } from "@/lib/http/views";

export const dynamic = "force-dynamic";

/**
 * The shows on sale. `position`: the list is current at least up to this log position (read before the
 * rows); each show's `position`: the one its row reflects. A live show list catches up from here.
 */
export async function GET() {
  const { db } = await bookingSystem();
  const position = await showListPosition(db.prisma);
  const shows = await listPublishedShows(db.prisma);
  return NextResponse.json({ position, shows: shows.map((show) => ({ ...showJson(show), position: show.lastPosition })) });
}
