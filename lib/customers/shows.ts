// A show's page as one visitor sees it: the seat map, and which seats are theirs.
import "server-only";
import { cache } from "react";
import { findShow, seatMapPosition, seatsOfShow, type SeatDto, type SeatStatus } from "../queries/shows";
import type { VenueLayout } from "../domain/venue-layout";
import { bookingSystem } from "../system";
import { customerCaller } from "./caller";

/**
 * A show on sale or cancelled (drafts are nobody's business but staff's); null when there is none.
 * Read once per request: the layout's 404 check, the page's metadata and the page all ask.
 */
export const publicShow = cache(async (showId: string) => {
  const { db } = await bookingSystem();
  const show = await findShow(db.prisma, showId);
  return show && show.status !== "draft" ? show : null;
});

export async function showPageForCaller(showId: string) {
  const show = await publicShow(showId);
  if (!show) return null;
  const { system, customerId } = await customerCaller();
  const { prisma } = system.db;
  // The position is read before the seats: the map is at least this current, and live updates continue from it.
  const position = await seatMapPosition(prisma);
  const rows = await seatsOfShow(prisma, show.showId);
  const seats: SeatDto[] = rows.map((r) => ({
    seatId: r.seatId,
    section: r.section,
    row: r.row,
    number: r.number,
    tier: r.tier,
    priceCents: r.priceCents,
    status: r.status as SeatStatus,
  }));
  const myBookings = customerId
    ? await prisma.bookingView.findMany({ where: { showId: show.showId, customerId, status: { in: ["held", "confirmed"] } } })
    : [];
  return {
    show,
    position,
    seats,
    layout: show.layout ? (JSON.parse(show.layout) as VenueLayout) : null,
    mine: myBookings.flatMap((b) => JSON.parse(b.seatIds) as string[]),
    heldBookingId: myBookings.find((b) => b.status === "held")?.bookingId ?? null,
  };
}
