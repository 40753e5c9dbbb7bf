import { NextResponse, type NextRequest } from "next/server";
import { bookingSystem } from "@/lib/system";
import { findShow, seatChangesSince, seatMapPosition, type SeatStatus } from "@/lib/queries/shows";
import { changesQuery, showIdSchema } from "@/lib/http/inputs";
import { badRequest, notFound } from "@/lib/http/problem";

export const dynamic = "force-dynamic";

/** Seat changes after a log position: how a live seat map catches up after a gap or a reconnect. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const id = showIdSchema.safeParse((await params).id);
  if (!id.success) return notFound("There is no such show");
  const query = changesQuery.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!query.success) return badRequest(query.error);
  const { db } = await bookingSystem();
  const show = await findShow(db.prisma, id.data);
  // Drafts are staff business, as on /api/shows/{id}.
  if (!show || show.status === "draft") return notFound("There is no such show");
  // The position is read first: every change up to it is in the rows read after it.
  const position = await seatMapPosition(db.prisma);
  const rows = await seatChangesSince(db.prisma, id.data, query.data.after);
  return NextResponse.json({
    position: Math.max(position, ...rows.map((r) => r.lastPosition)),
    changes: rows.map((r) => ({ seatId: r.seatId, status: r.status as SeatStatus })),
  });
}
