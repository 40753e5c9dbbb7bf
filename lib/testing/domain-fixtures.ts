// Builders for the domain specifications, so a test reads about its rule rather than about object literals.
// Every time is a fixed ISO timestamp: no clock.
import type { BookedSeat, BookingCommand, BookingEvent, CancellationReason } from "../domain/booking";
import type { BookedSeatsReleaseReason, HoldReleaseReason, SeatSpec, SeatsCommand, SeatsEvent } from "../domain/seats";
import type { ShowCommand, ShowDetails, ShowEvent } from "../domain/show";
import type { VenueLayout } from "../domain/venue-layout";

export const SHOW = "show1";
export const OTHER_SHOW = "show2";
export const BOOKING = "b1";
export const CUSTOMER = "c1";
export const PRICE = 5_000;
export const CURRENCY = "EUR";

/** When the command is handled. */
export const NOW = "2030-01-01T12:00:00.000Z";
export const EARLIER = "2030-01-01T11:50:00.000Z";
/** The default hold deadline: ten minutes after NOW. */
export const HOLD_ENDS = "2030-01-01T12:10:00.000Z";
/** Past the default hold deadline. */
export const LATER = "2030-01-01T12:20:00.000Z";
export const MUCH_LATER = "2030-01-01T12:30:00.000Z";
export const SHOW_STARTS = "2030-06-01T19:00:00.000Z";

// ---- seats-<showId> -------------------------------------------------------------------------------

/** A seat spec from an id like `A-12`: row A, number 12, at PRICE unless told. */
export function seat(seatId: string, priceCents = PRICE): SeatSpec {
  const [row = "A", number = "1"] = seatId.split("-");
  return { seatId, section: "Stalls", row, number: Number(number), tier: "standard", priceCents };
}

const specs = (seats: Array<string | SeatSpec>) => seats.map((s) => (typeof s === "string" ? seat(s) : s));

/** `A-1` … `A-n`. */
export const seatIdsUpTo = (n: number) => Array.from({ length: n }, (_, i) => `A-${i + 1}`);

export const seatsAdded = (...seats: Array<string | SeatSpec>): SeatsEvent => ({
  type: "SeatsAdded",
  showId: SHOW,
  currency: CURRENCY,
  seats: specs(seats),
});
export const salesOpened = (): SeatsEvent => ({ type: "SalesOpened", showId: SHOW });
export const salesClosed = (reason = "Show cancelled"): SeatsEvent => ({ type: "SalesClosed", showId: SHOW, reason });
/** A seat map on sale: the usual start of a story about holds. */
export const onSale = (...seats: Array<string | SeatSpec>): SeatsEvent[] => [seatsAdded(...seats), salesOpened()];
export const seatsRemoved = (...seatIds: string[]): SeatsEvent => ({ type: "SeatsRemoved", showId: SHOW, seatIds });
export const seatsHeld = (bookingId: string, seatIds: string[], expiresAt = HOLD_ENDS, customerId = CUSTOMER): SeatsEvent => ({
  type: "SeatsHeld",
  showId: SHOW,
  bookingId,
  seatIds,
  expiresAt,
  customerId,
});
export const holdExtended = (bookingId: string, seatIds: string[], expiresAt: string): SeatsEvent => ({
  type: "HoldExtended",
  showId: SHOW,
  bookingId,
  seatIds,
  expiresAt,
});
export const holdReleased = (bookingId: string, seatIds: string[], reason: HoldReleaseReason): SeatsEvent => ({
  type: "HoldReleased",
  showId: SHOW,
  bookingId,
  seatIds,
  reason,
});
export const seatsBooked = (bookingId: string, seatIds: string[]): SeatsEvent => ({
  type: "SeatsBooked",
  showId: SHOW,
  bookingId,
  seatIds,
});
export const bookedSeatsReleased = (
  bookingId: string,
  seatIds: string[],
  reason: BookedSeatsReleaseReason = "cancelled_by_customer",
): SeatsEvent => ({ type: "BookedSeatsReleased", showId: SHOW, bookingId, seatIds, reason });

export const addSeats = (...seats: Array<string | SeatSpec>): Extract<SeatsCommand, { type: "AddSeats" }> => ({
  type: "AddSeats",
  showId: SHOW,
  currency: CURRENCY,
  seats: specs(seats),
});
export const openSales = (): SeatsCommand => ({ type: "OpenSales", showId: SHOW });
export const closeSales = (reason = "Show cancelled"): SeatsCommand => ({ type: "CloseSales", showId: SHOW, reason });
export const removeSeats = (...seatIds: string[]): SeatsCommand => ({ type: "RemoveSeats", showId: SHOW, seatIds });
/** The fair-use limit the specifications hold under unless told otherwise. */
export const SEAT_LIMIT = 10;
export const holdSeats = (
  bookingId: string,
  seatIds: string[],
  {
    now = NOW,
    expiresAt = HOLD_ENDS,
    customerId = CUSTOMER,
    maxSeatsPerCustomer = SEAT_LIMIT,
  }: { now?: string; expiresAt?: string; customerId?: string; maxSeatsPerCustomer?: number } = {},
): SeatsCommand => ({ type: "HoldSeats", showId: SHOW, bookingId, customerId, seatIds, expiresAt, now, maxSeatsPerCustomer });
export const extendHold = (bookingId: string, expiresAt: string, now = NOW): SeatsCommand => ({
  type: "ExtendHold",
  showId: SHOW,
  bookingId,
  expiresAt,
  now,
});
export const releaseHold = (bookingId: string, reason: HoldReleaseReason = "abandoned"): SeatsCommand => ({
  type: "ReleaseHold",
  showId: SHOW,
  bookingId,
  reason,
});
export const commitHold = (bookingId: string, now = NOW): SeatsCommand => ({
  type: "CommitHold",
  showId: SHOW,
  bookingId,
  now,
});
export const releaseBookedSeats = (
  bookingId: string,
  { seatIds, reason = "cancelled_by_customer" }: { seatIds?: string[]; reason?: BookedSeatsReleaseReason } = {},
): SeatsCommand => ({
  type: "ReleaseBookedSeats",
  showId: SHOW,
  bookingId,
  reason,
  ...(seatIds === undefined ? {} : { seatIds }),
});

// ---- show-<showId> --------------------------------------------------------------------------------

export const showDetails = (overrides: Partial<ShowDetails> = {}): ShowDetails => ({
  showId: SHOW,
  title: "Hamlet",
  venue: "The Globe",
  description: "Prince of Denmark, five acts",
  startsAt: SHOW_STARTS,
  timeZone: "Europe/London",
  currency: CURRENCY,
  ...overrides,
});

export const showScheduled = (overrides: Partial<ShowDetails> = {}): ShowEvent => ({
  type: "ShowScheduled",
  ...showDetails(overrides),
});
export const showRescheduled = (startsAt: string, previousStartsAt = SHOW_STARTS): ShowEvent => ({
  type: "ShowRescheduled",
  showId: SHOW,
  startsAt,
  previousStartsAt,
});
export const showPublished = (): ShowEvent => ({ type: "ShowPublished", showId: SHOW });
export const showCancelled = (reason = "The lead has lost her voice"): ShowEvent => ({
  type: "ShowCancelled",
  showId: SHOW,
  reason,
});

export const scheduleShow = (overrides: Partial<ShowDetails> = {}, now = NOW): ShowCommand => ({
  type: "ScheduleShow",
  now,
  ...showDetails(overrides),
});
export const rescheduleShow = (startsAt: string, now = NOW): ShowCommand => ({
  type: "RescheduleShow",
  showId: SHOW,
  startsAt,
  now,
});
export const publishShow = (): ShowCommand => ({ type: "PublishShow", showId: SHOW });
export const cancelShow = (reason = "The lead has lost her voice"): ShowCommand => ({
  type: "CancelShow",
  showId: SHOW,
  reason,
});

// ---- booking-<bookingId> --------------------------------------------------------------------------

export const bookedSeat = (seatId: string, priceCents = PRICE): BookedSeat => ({ seatId, priceCents });
/** The default booking: A-1 at 50.00 and A-2 at 30.00. */
export const BOOKED_SEATS: BookedSeat[] = [bookedSeat("A-1", 5_000), bookedSeat("A-2", 3_000)];
export const TOTAL = 8_000;

export const bookingStarted = (seats: BookedSeat[] = BOOKED_SEATS): BookingEvent => ({
  type: "BookingStarted",
  bookingId: BOOKING,
  showId: SHOW,
  customerId: CUSTOMER,
  seats,
  totalCents: seats.reduce((sum, s) => sum + s.priceCents, 0),
  currency: CURRENCY,
});
export const bookingHeld = (expiresAt = HOLD_ENDS): BookingEvent => ({ type: "BookingHeld", bookingId: BOOKING, expiresAt });
export const bookingHoldExtended = (expiresAt: string): BookingEvent => ({
  type: "BookingHoldExtended",
  bookingId: BOOKING,
  expiresAt,
});
export const paymentAuthorized = (amountCents = TOTAL, paymentId = "pay1", attempt = 1): BookingEvent => ({
  type: "PaymentAuthorized",
  bookingId: BOOKING,
  paymentId,
  amountCents,
  cardLast4: "4242",
  attempt,
});
export const paymentDeclined = (attempt = 1, paymentId = `pay-declined-${attempt}`, reason = "card declined"): BookingEvent => ({
  type: "PaymentDeclined",
  bookingId: BOOKING,
  paymentId,
  reason,
  attempt,
});
export const paymentTimedOut = (attempt = 1, paymentId = `pay-timed-out-${attempt}`, reason = "no answer in time"): BookingEvent => ({
  type: "PaymentTimedOut",
  bookingId: BOOKING,
  paymentId,
  reason,
  attempt,
});
/** Written before payments could be retried (it ended the booking); still read from old logs. */
export const paymentFailed = (reason = "card declined", paymentId = "pay1"): BookingEvent => ({
  type: "PaymentFailed",
  bookingId: BOOKING,
  paymentId,
  reason,
  attempt: 1,
});
export const bookingConfirmed = (reference = "REF-0001", totalCents = TOTAL): BookingEvent => ({
  type: "BookingConfirmed",
  bookingId: BOOKING,
  showId: SHOW,
  reference,
  customerName: "Ada Lovelace",
  customerEmail: "ada@example.com",
  totalCents,
});
export const bookingExpired = (): BookingEvent => ({ type: "BookingExpired", bookingId: BOOKING });
export const bookingCancelled = ({
  seatIds,
  refundDueCents,
  complete,
  reason = "cancelled_by_customer",
  by = CUSTOMER,
}: {
  seatIds: string[];
  refundDueCents: number;
  complete: boolean;
  reason?: CancellationReason;
  by?: string;
}): BookingEvent => ({ type: "BookingCancelled", bookingId: BOOKING, showId: SHOW, seatIds, refundDueCents, reason, by, complete });
export const refundIssued = (amountCents: number, paymentId = "pay1"): BookingEvent => ({
  type: "RefundIssued",
  bookingId: BOOKING,
  showId: SHOW,
  paymentId,
  amountCents,
});

/** Histories that put a booking in a given state. */
export const confirmationLinkResent = (by = "staff:Box Office", reference = "REF-0001"): BookingEvent => ({
  type: "ConfirmationLinkResent",
  bookingId: BOOKING,
  reference,
  by,
});
export const resendConfirmationLink = (by = "staff:Box Office"): BookingCommand => ({ type: "ResendConfirmationLink", bookingId: BOOKING, by });
export const heldBooking = (seats: BookedSeat[] = BOOKED_SEATS): BookingEvent[] => [bookingStarted(seats), bookingHeld()];
export const paidBooking = (): BookingEvent[] => [...heldBooking(), paymentAuthorized()];
export const confirmedBooking = (): BookingEvent[] => [...paidBooking(), bookingConfirmed()];

export const startBooking = (seats: BookedSeat[] = BOOKED_SEATS, expiresAt = HOLD_ENDS): BookingCommand => ({
  type: "StartBooking",
  bookingId: BOOKING,
  showId: SHOW,
  customerId: CUSTOMER,
  seats,
  currency: CURRENCY,
  expiresAt,
});
export const extendBookingHold = (expiresAt: string, now = NOW): BookingCommand => ({
  type: "ExtendBookingHold",
  bookingId: BOOKING,
  expiresAt,
  now,
});
export const authorizePayment = (amountCents = TOTAL, now = NOW, paymentId = "pay1"): BookingCommand => ({
  type: "AuthorizePayment",
  bookingId: BOOKING,
  paymentId,
  amountCents,
  cardLast4: "4242",
  now,
});
export const failPayment = (
  reason = "card declined",
  paymentId = "pay-declined-1",
  failure: "declined" | "timed_out" = "declined",
): BookingCommand => ({
  type: "FailPayment",
  bookingId: BOOKING,
  paymentId,
  reason,
  failure,
});
export const confirmBooking = (reference = "REF-0001"): BookingCommand => ({
  type: "ConfirmBooking",
  bookingId: BOOKING,
  reference,
  customerName: "Ada Lovelace",
  customerEmail: "ada@example.com",
});
export const expireBooking = (now: string): BookingCommand => ({ type: "ExpireBooking", bookingId: BOOKING, now });
export const cancelBooking = ({
  seatIds,
  reason = "cancelled_by_customer",
  by = CUSTOMER,
}: { seatIds?: string[]; reason?: CancellationReason; by?: string } = {}): BookingCommand => ({
  type: "CancelBooking",
  bookingId: BOOKING,
  reason,
  by,
  ...(seatIds === undefined ? {} : { seatIds }),
});
export const issueRefund = (amountCents: number): BookingCommand => ({ type: "IssueRefund", bookingId: BOOKING, amountCents });

// ---- seating layout -------------------------------------------------------------------------------

/** The fixtures' seats are all in "Stalls": a one-section layout of them, as an overview unless told. */
export const stallsLayout = (map: VenueLayout["map"] = "overview"): VenueLayout => ({
  map,
  stage: { x: 50, y: 8, width: 40, depth: 8 },
  sections: [{ name: "Stalls", shape: "arc", angle: 0, x: 50, y: 50, width: 60, depth: 30 }],
});
export const setSeatingLayout = (layout: VenueLayout = stallsLayout()): SeatsCommand => ({ type: "SetSeatingLayout", showId: SHOW, layout });
export const seatingLayoutSet = (layout: VenueLayout = stallsLayout()): SeatsEvent => ({ type: "SeatingLayoutSet", showId: SHOW, layout });
