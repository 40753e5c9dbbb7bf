// A show's page as one visitor sees it: the seat map, and which seats are theirs.
import "server-only";
import { findShow, seatMapPosition, seatsOfShow, type SeatDto, type SeatStatus } from "../queries/shows";
import { customerCaller } from "./caller";

/** A show on sale or cancelled (drafts are nobody's business but staff's); null when there is none. */
export async function publicShow(showId: string) {
  const { system } = await customerCaller();
  const show = await findShow(system.db.prisma, showId);
  return show && show.status !== "draft" ? show : null;
}

export async function showPageForCaller(showId: string) {
  const { system, customerId } = await customerCaller();
  const { prisma } = system.db;
  const show = await findShow(prisma, showId);
  if (!show || show.status === "draft") return null;
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
    mine: myBookings.flatMap((b) => JSON.parse(b.seatIds) as string[]),
    heldBookingId: myBookings.find((b) => b.status === "held")?.bookingId ?? null,
  };
}
