// The process manager's decisions (the booking saga): which commands follow from one event of the log.
// Pure: the runner loads the stream states a decision reads (`needsOf`) and passes them in with `now`.
// Every command id derives from the triggering event's position, so a re-delivered event repeats nothing.
import {
  bookingStreamId,
  type BookingCommand,
  type BookingState,
  type CancellationReason,
} from "./booking";
import type { DomainEvent, DomainEventType } from "./events";
import {
  seatsStreamId,
  type BookedSeatsReleaseReason,
  type HoldReleaseReason,
  type SeatsCommand,
  type SeatsState,
} from "./seats";
import type { ShowState } from "./show";

export const PROCESS_MANAGER_ACTOR = "system:process-manager";

/** An event where the log has it: its position names every command it causes. The store's events fit. */
export interface LoggedEvent<E = DomainEvent> {
  position: number;
  event: E;
}

/** A command to one stream, with the idempotency key the store remembers it by. */
export type ProcessCommand =
  | { decider: "seats"; streamId: string; commandId: string; command: SeatsCommand }
  | { decider: "booking"; streamId: string; commandId: string; command: BookingCommand };

/** The event types the process manager reacts to (its subscription reads only these). */
export const reactsTo = [
  "ShowPublished",
  "ShowCancelled",
  "PaymentFailed",
  "HoldReleased",
  "BookingExpired",
  "BookingCancelled",
] as const satisfies readonly DomainEventType[];

/** Streams whose current state a decision reads, by id. */
export interface Needs {
  show?: string;
  seats?: string;
  booking?: string;
}

export interface Facts {
  now: string;
  show?: ShowState;
  seats?: SeatsState;
  booking?: BookingState;
}

export interface Reaction {
  commands: ProcessCommand[];
  /** Send these, then load the facts again and decide again (a later step depends on the first). */
  decideAgain: boolean;
}

const toSeats = (commandId: string, command: SeatsCommand): ProcessCommand => ({
  decider: "seats",
  streamId: seatsStreamId(command.showId),
  commandId,
  command,
});
const toBooking = (commandId: string, command: BookingCommand): ProcessCommand => ({
  decider: "booking",
  streamId: bookingStreamId(command.bookingId),
  commandId,
  command,
});

const latest = (a: string, b: string) => (Date.parse(b) > Date.parse(a) ? b : a);

const nothing: Reaction = { commands: [], decideAgain: false };
const send = (...commands: ProcessCommand[]): Reaction => ({ commands, decideAgain: false });

export function needsOf(event: DomainEvent): Needs {
  switch (event.type) {
    case "ShowPublished":
      return { show: event.showId };
    case "ShowCancelled":
      return { seats: event.showId };
    case "PaymentFailed":
    case "BookingExpired":
      return { booking: event.bookingId };
    case "HoldReleased":
      return event.reason === "expired" ? { booking: event.bookingId } : {};
    default:
      return {};
  }
}

function required<T>(fact: T | undefined, name: string): T {
  if (fact === undefined) throw new Error(`The process manager needs the ${name} state to decide`);
  return fact;
}

/** A hold has no reason for "the customer or staff cancelled it": both let the seats go unbought. */
const holdReleaseReason = (reason: CancellationReason): HoldReleaseReason =>
  reason === "show_cancelled" ? "show_cancelled" : "abandoned";

/** "abandoned" reaches booked seats only when a checkout booked them while the hold was being let go. */
const bookedReleaseReason = (reason: CancellationReason): BookedSeatsReleaseReason =>
  reason === "abandoned" ? "cancelled_by_customer" : reason;

export function react(logged: LoggedEvent, facts: Facts): Reaction {
  const { event, position } = logged;
  const id = (step: string) => `pm:${position}:${step}`;
  switch (event.type) {
    case "ShowPublished": {
      // A lagging or replayed reaction must not reopen sales of a show cancelled since.
      if (required(facts.show, "show").status !== "published") return nothing;
      return send(toSeats(id("open-sales"), { type: "OpenSales", showId: event.showId }));
    }
    case "ShowCancelled": {
      const seats = required(facts.seats, "seats");
      if (seats.showId === null) return nothing;
      // Sales close before the bookings are read, or a hold could slip in between and be missed.
      if (seats.onSale)
        return {
          commands: [toSeats(id("close-sales"), { type: "CloseSales", showId: event.showId, reason: event.reason })],
          decideAgain: true,
        };
      const bookingIds = [...new Set([...seats.holds.keys(), ...seats.booked.keys()])].sort();
      return send(
        ...bookingIds.map((bookingId) =>
          toBooking(id(`cancel:${bookingId}`), {
            type: "CancelBooking",
            bookingId,
            reason: "show_cancelled",
            by: PROCESS_MANAGER_ACTOR,
          }),
        ),
      );
    }
    case "PaymentFailed": {
      // Only bookings from before payments could be retried have this event: it ended the booking.
      // A declined or timed-out attempt now keeps the hold, which only its deadline releases.
      const booking = required(facts.booking, "booking");
      if (booking.bookingId === null) return nothing;
      return send(
        toSeats(id("release-hold"), {
          type: "ReleaseHold",
          showId: booking.showId,
          bookingId: event.bookingId,
          reason: "payment_failed",
        }),
      );
    }
    case "HoldReleased": {
      if (event.reason !== "expired") return nothing;
      const booking = required(facts.booking, "booking");
      if (booking.status !== "held") return nothing;
      // The seat aggregate judged the deadline passed; a clock here running a little behind must not
      // keep the booking held, so it is judged no earlier than its own deadline.
      const now = latest(facts.now, booking.expiresAt ?? facts.now);
      return send(toBooking(id("expire-booking"), { type: "ExpireBooking", bookingId: event.bookingId, now }));
    }
    case "BookingExpired": {
      // A checkout that stopped after taking the money must still give it back, and free any seats it
      // booked before stopping (a no-op on the seat map when it booked none).
      const booking = required(facts.booking, "booking");
      if (booking.payment === null) return nothing;
      const unrefunded = booking.payment.amountCents - booking.refundedCents;
      return send(
        toSeats(id("release-seats"), {
          type: "ReleaseBookedSeats",
          showId: booking.showId,
          bookingId: event.bookingId,
          reason: "checkout_interrupted",
        }),
        ...(unrefunded > 0
          ? [toBooking(id("refund"), { type: "IssueRefund", bookingId: event.bookingId, amountCents: unrefunded })]
          : []),
      );
    }
    case "BookingCancelled":
      return send(...seatsFreedBy(event, id), ...refundFor(event, id));
    default:
      return nothing;
  }
}

type BookingCancelled = Extract<DomainEvent, { type: "BookingCancelled" }>;

function seatsFreedBy(event: BookingCancelled, id: (step: string) => string): ProcessCommand[] {
  const { showId, bookingId } = event;
  const reason = bookedReleaseReason(event.reason);
  // Only a confirmed booking loses single seats, and those seats are booked.
  if (!event.complete)
    return [toSeats(id("release-seats"), { type: "ReleaseBookedSeats", showId, bookingId, seatIds: event.seatIds, reason })];
  // The event does not say whether the seats were held or booked (a free booking is refunded 0 too),
  // and a checkout may book them while the cancellation is decided: free both; each is a no-op if empty.
  return [
    toSeats(id("release-hold"), { type: "ReleaseHold", showId, bookingId, reason: holdReleaseReason(event.reason) }),
    toSeats(id("release-seats"), { type: "ReleaseBookedSeats", showId, bookingId, reason }),
  ];
}

function refundFor(event: BookingCancelled, id: (step: string) => string): ProcessCommand[] {
  if (event.refundDueCents <= 0) return [];
  return [toBooking(id("refund"), { type: "IssueRefund", bookingId: event.bookingId, amountCents: event.refundDueCents })];
}

/** A booking the read side says is held past its deadline. */
export interface OverdueBooking {
  bookingId: string;
  showId: string;
  expiresAt: string;
}

/**
 * How long after its deadline a booking whose seats were booked may still be waiting for its checkout's
 * last step (confirmation follows the booking of the seats within milliseconds).
 */
export const INTERRUPTED_CHECKOUT_GRACE_MS = 60_000;

/**
 * What an overdue booking needs, judged by the seat aggregate (the read side may lag): its hold released
 * (the HoldReleased event then expires the booking), nothing if its seats were booked in time, or the
 * booking expired directly when its hold is already gone. Booked seats with the booking still held well
 * past its deadline mean the checkout stopped before confirming: the booking expires, and its expiry
 * frees the seats and refunds the payment (see BookingExpired above). If the confirmation lands first,
 * the booking refuses to expire and nothing is undone.
 */
export function expiryOf(overdue: OverdueBooking, seats: SeatsState, now: string): ProcessCommand[] {
  const { bookingId, showId } = overdue;
  const hold = seats.holds.get(bookingId);
  if (hold) {
    if (Date.parse(hold.expiresAt) > Date.parse(now)) return [];
    return [toSeats(`expire:${bookingId}:${hold.expiresAt}`, { type: "ReleaseHold", showId, bookingId, reason: "expired" })];
  }
  if (seats.booked.has(bookingId) && Date.parse(now) - Date.parse(overdue.expiresAt) < INTERRUPTED_CHECKOUT_GRACE_MS) return [];
  return [toBooking(`expire-booking:${bookingId}:${overdue.expiresAt}`, { type: "ExpireBooking", bookingId, now })];
}
