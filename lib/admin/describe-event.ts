// Events in plain words for staff: "Booking 7F3K-Q2MX held 3 seats in Row C for Hamlet".
import { referenceOf } from "../booking-reference";
import type { DomainEvent } from "../domain/events";

export interface EventToDescribe {
  type: string;
  streamId: string;
  data: Record<string, unknown>;
}

/** Show titles by id, so a sentence can name the show; unknown ids fall back to the id. */
export type ShowTitles = ReadonlyMap<string, string>;

// The reference the customer holds, never the internal id: staff and customers say the same thing.
const short = (id: unknown) => (typeof id === "string" ? referenceOf(id) : "?");
const seats = (ids: unknown) => {
  const list = Array.isArray(ids) ? (ids as string[]) : [];
  if (list.length === 0) return "no seats";
  const rows = [...new Set(list.map((id) => id.split("-").slice(-2, -1)[0]).filter(Boolean))];
  const where = rows.length === 1 ? ` in row ${rows[0]}` : "";
  return `${list.length} ${list.length === 1 ? "seat" : "seats"}${where}`;
};
const attempt = (n: unknown) => (typeof n === "number" && n > 1 ? ` (attempt ${n})` : "");
const money = (cents: unknown) => (typeof cents === "number" ? `${(cents / 100).toFixed(2)}` : "?");

export function describeEvent(stored: EventToDescribe, titles: ShowTitles = new Map()): string {
  const e = { ...stored.data, type: stored.type } as DomainEvent & Record<string, unknown>;
  const show = (id: unknown) => (typeof id === "string" ? (titles.get(id) ?? id) : "?");
  const booking = `Booking ${short(e.bookingId)}`;
  switch (e.type) {
    case "ShowScheduled":
      return `${e.title} scheduled at ${e.venue}`;
    case "ShowRescheduled":
      return `${show(e.showId)} moved to ${new Date(e.startsAt).toUTCString()}`;
    case "ShowPublished":
      return `${show(e.showId)} published`;
    case "ShowCancelled":
      return `${show(e.showId)} cancelled: ${e.reason}`;
    case "SeatsAdded":
      return `${e.seats.length} seats added to ${show(e.showId)}`;
    case "SeatingLayoutSet":
      return `Seating layout of ${show(e.showId)} set (${e.layout.sections.length} sections, ${e.layout.map === "overview" ? "venue overview" : "one map"})`;
    case "SalesOpened":
      return `Sales opened for ${show(e.showId)}`;
    case "SalesClosed":
      return `Sales closed for ${show(e.showId)}`;
    case "SeatsRemoved":
      return `${seats(e.seatIds)} removed from ${show(e.showId)}`;
    case "SeatsHeld":
      return `${booking} held ${seats(e.seatIds)} for ${show(e.showId)}`;
    case "HoldExtended":
      return `${booking} extended its hold on ${seats(e.seatIds)} for ${show(e.showId)}`;
    case "HoldReleased":
      return `${booking} released ${seats(e.seatIds)} for ${show(e.showId)} (${e.reason.replace("_", " ")})`;
    case "SeatsBooked":
      return `${booking} booked ${seats(e.seatIds)} for ${show(e.showId)}`;
    case "BookedSeatsReleased":
      return `${booking} gave back ${seats(e.seatIds)} for ${show(e.showId)} (${e.reason.replaceAll("_", " ")})`;
    case "BookingStarted":
      return `${booking} started for ${show(e.showId)}: ${seats(e.seats.map((s) => s.seatId))}, ${money(e.totalCents)} ${e.currency}`;
    case "BookingHeld":
      return `${booking} on hold until ${new Date(e.expiresAt).toISOString().slice(11, 19)} UTC`;
    case "BookingHoldExtended":
      return `${booking} hold extended until ${new Date(e.expiresAt).toISOString().slice(11, 19)} UTC`;
    case "PaymentAuthorized":
      return `${booking} paid ${money(e.amountCents)} by card ending ${e.cardLast4}${attempt(e.attempt)}`;
    case "PaymentDeclined":
      return `${booking} card declined${attempt(e.attempt)}: ${e.reason}; the seats stay held`;
    case "PaymentTimedOut":
      return `${booking} card payment timed out${attempt(e.attempt)}: ${e.reason}; the seats stay held`;
    case "PaymentFailed":
      return `${booking} payment failed: ${e.reason}`;
    case "BookingConfirmed":
      return `Booking ${e.reference} confirmed for ${e.customerName} (${show(e.showId)})`;
    case "BookingExpired":
      return `${booking} expired unpaid`;
    case "BookingCancelled":
      return `${booking} cancelled ${seats(e.seatIds)} (${e.reason.replaceAll("_", " ")}) by ${e.by}`;
    case "RefundIssued":
      return `${booking} refunded ${money(e.amountCents)} (${show(e.showId)})`;
    case "ConfirmationLinkResent":
      return `${booking}: confirmation link given again by ${e.by}`;
    default:
      return `${stored.type} on ${stored.streamId}`;
  }
}
