// JSON shapes of read-table rows for the API: what a client may see, nothing more.
import type { BookingView, SeatView, ShowView } from "../db/generated/sqlite";
import { availabilityOf } from "../queries/shows";
import type { ShowJson } from "../realtime/messages";

export const showJson = (show: ShowView): ShowJson => ({
  id: show.showId,
  title: show.title,
  venue: show.venue,
  description: show.description,
  startsAt: show.startsAt.toISOString(),
  timeZone: show.timeZone,
  status: show.status,
  currency: show.currency,
  priceRange: { minCents: show.minPriceCents, maxCents: show.maxPriceCents },
  seats: { total: show.seatsTotal, available: show.seatsAvailable, held: show.seatsHeld, booked: show.seatsBooked },
  availability: availabilityOf(show),
});

export const seatJson = (seat: SeatView) => ({
  seatId: seat.seatId,
  section: seat.section,
  row: seat.row,
  number: seat.number,
  tier: seat.tier,
  priceCents: seat.priceCents,
  status: seat.status,
});

/** A booking as its customer sees it: no booking id, customer id or key (those open it). */
export const bookingJson = (booking: BookingView) => ({
  reference: booking.reference,
  showId: booking.showId,
  status: booking.status,
  seatIds: JSON.parse(booking.seatIds) as string[],
  totalCents: booking.totalCents,
  refundedCents: booking.refundedCents,
  currency: booking.currency,
  customerName: booking.customerName,
  customerEmail: booking.customerEmail,
  createdAt: booking.createdAt.toISOString(),
});
