// One customer's booking (stream `booking-<bookingId>`): from the hold through payment to confirmation,
// expiry or cancellation. Seats themselves are guarded by the seat-availability aggregate.
import type { Decider } from "./decider";
import { DomainError, duplicateSeats, invalidCommand } from "./errors";

/** `payment_failed`: only bookings from before payments could be retried (a failure used to end the booking). */
export type BookingStatus = "none" | "held" | "payment_failed" | "expired" | "confirmed" | "cancelled";
/** Why a card payment attempt did not go through: the card was refused, or the provider did not answer in time. */
export type PaymentFailure = "declined" | "timed_out";
export type CancellationReason = "abandoned" | "cancelled_by_customer" | "cancelled_by_staff" | "show_cancelled";

export interface BookedSeat {
  seatId: string;
  priceCents: number;
}

export interface BookingState {
  bookingId: string | null;
  showId: string;
  customerId: string;
  status: BookingStatus;
  seats: BookedSeat[];
  /** Seats still part of the booking (a partial cancellation removes some). */
  activeSeatIds: string[];
  totalCents: number;
  currency: string;
  expiresAt: string | null;
  extended: boolean;
  payment: { paymentId: string; amountCents: number } | null;
  /** Card payment attempts so far (authorized, declined or timed out): the next one is numbered one more. */
  paymentAttempts: number;
  /** The payment id of the last failed attempt, so the same failure reported twice is recorded once. */
  lastFailedPaymentId: string | null;
  refundedCents: number;
  reference: string | null;
}

export type BookingCommand =
  | {
      type: "StartBooking";
      bookingId: string;
      showId: string;
      customerId: string;
      seats: BookedSeat[];
      currency: string;
      expiresAt: string;
    }
  | { type: "ExtendBookingHold"; bookingId: string; expiresAt: string; now: string }
  | { type: "AuthorizePayment"; bookingId: string; paymentId: string; amountCents: number; cardLast4: string; now: string }
  | { type: "FailPayment"; bookingId: string; paymentId: string; reason: string; failure: PaymentFailure }
  | {
      type: "ConfirmBooking";
      bookingId: string;
      reference: string;
      customerName: string;
      customerEmail: string;
    }
  | { type: "ExpireBooking"; bookingId: string; now: string }
  | { type: "CancelBooking"; bookingId: string; seatIds?: string[]; reason: CancellationReason; by: string }
  | { type: "IssueRefund"; bookingId: string; amountCents: number }
  | { type: "ResendConfirmationLink"; bookingId: string; by: string };

export type BookingEvent =
  | {
      type: "BookingStarted";
      bookingId: string;
      showId: string;
      customerId: string;
      seats: BookedSeat[];
      totalCents: number;
      currency: string;
    }
  | { type: "BookingHeld"; bookingId: string; expiresAt: string }
  | { type: "BookingHoldExtended"; bookingId: string; expiresAt: string }
  | { type: "PaymentAuthorized"; bookingId: string; paymentId: string; amountCents: number; cardLast4: string; attempt: number }
  /** A card was refused. The hold stays: the customer may try again until its deadline. */
  | { type: "PaymentDeclined"; bookingId: string; paymentId: string; reason: string; attempt: number }
  /** The provider did not answer in time. The hold stays, as after a decline. */
  | { type: "PaymentTimedOut"; bookingId: string; paymentId: string; reason: string; attempt: number }
  /** Written only before payments could be retried: it ended the booking (and the hold was released). */
  | { type: "PaymentFailed"; bookingId: string; paymentId: string; reason: string; attempt: number }
  | {
      type: "BookingConfirmed";
      bookingId: string;
      showId: string;
      reference: string;
      customerName: string;
      customerEmail: string;
      totalCents: number;
    }
  | { type: "BookingExpired"; bookingId: string }
  | {
      type: "BookingCancelled";
      bookingId: string;
      showId: string;
      seatIds: string[];
      /** What the cancelled seats were paid for: the refund owed, zero when nothing was paid. */
      refundDueCents: number;
      reason: CancellationReason;
      by: string;
      /** True when no seat is left in the booking. */
      complete: boolean;
    }
  | { type: "RefundIssued"; bookingId: string; showId: string; paymentId: string; amountCents: number }
  /** The box office gave the customer their manage link again (no email yet: staff pass it on). */
  | { type: "ConfirmationLinkResent"; bookingId: string; reference: string; by: string };

export const bookingStreamId = (bookingId: string) => `booking-${bookingId}`;

export const initialBookingState: BookingState = {
  bookingId: null,
  showId: "",
  customerId: "",
  status: "none",
  seats: [],
  activeSeatIds: [],
  totalCents: 0,
  currency: "EUR",
  expiresAt: null,
  extended: false,
  payment: null,
  paymentAttempts: 0,
  lastFailedPaymentId: null,
  refundedCents: 0,
  reference: null,
};

const isPast = (deadline: string, now: string) => Date.parse(deadline) <= Date.parse(now);
/** False for a time that does not parse, so an unparseable deadline is refused rather than never reached. */
const isLater = (time: string, than: string) => Date.parse(time) > Date.parse(than);
const repeated = (ids: string[]) => [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))];

function requireExisting(state: BookingState, bookingId: string): void {
  if (state.bookingId === null) throw new DomainError("BOOKING_NOT_FOUND", `There is no booking ${bookingId}`);
}

function requireLiveHold(state: BookingState, now: string): void {
  if (state.status !== "held") throw new DomainError("BOOKING_NOT_HELD", `This booking is ${state.status}, not on hold`);
  if (state.expiresAt !== null && isPast(state.expiresAt, now))
    throw new DomainError("HOLD_EXPIRED", "The hold on these seats has expired", { seatIds: state.activeSeatIds });
}

function cancel(command: Extract<BookingCommand, { type: "CancelBooking" }>, state: BookingState): BookingEvent[] {
  if (state.status === "cancelled" || state.status === "expired" || state.status === "payment_failed") return [];
  if (state.status !== "held" && state.status !== "confirmed")
    throw new DomainError("BOOKING_NOT_CONFIRMED", `A ${state.status} booking cannot be cancelled`);
  const seatIds = command.seatIds ?? state.activeSeatIds;
  if (seatIds.length === 0) throw invalidCommand("Choose at least one seat to cancel");
  // A repeated id would make a partial cancellation pass for a whole one (`complete`, the whole-hold rule).
  if (repeated(seatIds).length > 0) throw duplicateSeats(repeated(seatIds));
  const notInBooking = seatIds.filter((id) => !state.activeSeatIds.includes(id));
  if (notInBooking.length > 0)
    throw new DomainError("SEATS_NOT_IN_BOOKING", `Seats ${notInBooking.join(", ")} are not in this booking`, {
      seatIds: notInBooking,
    });
  if (state.status === "held" && command.seatIds !== undefined && seatIds.length !== state.activeSeatIds.length)
    throw invalidCommand("A hold is released whole; cancel single seats after booking");
  // Confirmed: the cancelled seats' prices. Held but already paid (a checkout cut short): the whole payment.
  const refundDueCents =
    state.payment === null
      ? 0
      : state.status === "confirmed"
        ? state.seats.filter((s) => seatIds.includes(s.seatId)).reduce((sum, s) => sum + s.priceCents, 0)
        : state.payment.amountCents - state.refundedCents;
  return [
    {
      type: "BookingCancelled",
      bookingId: command.bookingId,
      showId: state.showId,
      seatIds,
      refundDueCents,
      reason: command.reason,
      by: command.by,
      complete: seatIds.length === state.activeSeatIds.length,
    },
  ];
}

export function decideBooking(command: BookingCommand, state: BookingState): BookingEvent[] {
  if (command.type === "StartBooking") {
    if (state.bookingId !== null) throw new DomainError("BOOKING_ALREADY_EXISTS", `Booking ${command.bookingId} exists`);
    if (command.seats.length === 0) throw invalidCommand("A booking needs at least one seat");
    const dups = repeated(command.seats.map((s) => s.seatId));
    if (dups.length > 0) throw duplicateSeats(dups);
    const badPrice = command.seats.find((s) => !Number.isInteger(s.priceCents) || s.priceCents < 0);
    if (badPrice) throw invalidCommand(`Seat ${badPrice.seatId}: the price must be a whole number of cents, zero or more`);
    if (Number.isNaN(Date.parse(command.expiresAt))) throw invalidCommand("The hold deadline is not a valid time");
    const totalCents = command.seats.reduce((sum, s) => sum + s.priceCents, 0);
    return [
      {
        type: "BookingStarted",
        bookingId: command.bookingId,
        showId: command.showId,
        customerId: command.customerId,
        seats: command.seats,
        totalCents,
        currency: command.currency,
      },
      { type: "BookingHeld", bookingId: command.bookingId, expiresAt: command.expiresAt },
    ];
  }
  requireExisting(state, command.bookingId);
  switch (command.type) {
    case "ExtendBookingHold":
      requireLiveHold(state, command.now);
      if (state.extended) throw new DomainError("EXTENSION_ALREADY_USED", "This hold has already been extended once");
      if (state.expiresAt !== null && !isLater(command.expiresAt, state.expiresAt))
        throw invalidCommand("An extension must end later than the hold");
      return [{ type: "BookingHoldExtended", bookingId: command.bookingId, expiresAt: command.expiresAt }];
    case "AuthorizePayment":
      requireLiveHold(state, command.now);
      if (state.payment !== null) return [];
      if (command.amountCents !== state.totalCents)
        throw new DomainError(
          "PAYMENT_MISMATCH",
          `The payment of ${command.amountCents} does not match the total of ${state.totalCents}`,
        );
      return [
        {
          type: "PaymentAuthorized",
          bookingId: command.bookingId,
          paymentId: command.paymentId,
          amountCents: command.amountCents,
          cardLast4: command.cardLast4,
          attempt: state.paymentAttempts + 1,
        },
      ];
    case "FailPayment": {
      // A late failure report after the card was authorized does not undo the payment; the same failure
      // reported twice is one attempt. The hold is kept either way: only its deadline lets the seats go.
      if (state.status !== "held" || state.payment !== null || state.lastFailedPaymentId === command.paymentId) return [];
      const attempt = { bookingId: command.bookingId, paymentId: command.paymentId, reason: command.reason, attempt: state.paymentAttempts + 1 };
      return [command.failure === "timed_out" ? { type: "PaymentTimedOut", ...attempt } : { type: "PaymentDeclined", ...attempt }];
    }
    case "ConfirmBooking":
      if (state.status === "confirmed") return [];
      if (state.status !== "held") throw new DomainError("BOOKING_NOT_HELD", `This booking is ${state.status}`);
      if (state.payment === null) throw new DomainError("PAYMENT_MISSING", "The booking has not been paid");
      return [
        {
          type: "BookingConfirmed",
          bookingId: command.bookingId,
          showId: state.showId,
          reference: command.reference,
          customerName: command.customerName,
          customerEmail: command.customerEmail,
          totalCents: state.totalCents,
        },
      ];
    case "ExpireBooking":
      if (state.status !== "held") return [];
      if (state.expiresAt !== null && !isPast(state.expiresAt, command.now))
        throw new DomainError("HOLD_NOT_EXPIRED", "The hold has not expired yet");
      return [{ type: "BookingExpired", bookingId: command.bookingId }];
    case "CancelBooking":
      return cancel(command, state);
    case "IssueRefund": {
      if (state.payment === null) throw new DomainError("PAYMENT_MISSING", "Nothing was paid, so nothing can be refunded");
      if (!Number.isInteger(command.amountCents) || command.amountCents <= 0)
        throw invalidCommand("A refund must be a positive whole number of cents");
      if (state.refundedCents + command.amountCents > state.payment.amountCents)
        throw new DomainError("REFUND_TOO_LARGE", "A refund cannot exceed what was paid");
      return [
        {
          type: "RefundIssued",
          bookingId: command.bookingId,
          showId: state.showId,
          paymentId: state.payment.paymentId,
          amountCents: command.amountCents,
        },
      ];
    }
    case "ResendConfirmationLink":
      if (state.status !== "confirmed" || state.reference === null)
        throw new DomainError("BOOKING_NOT_CONFIRMED", `A ${state.status} booking has no confirmation to resend`);
      return [{ type: "ConfirmationLinkResent", bookingId: command.bookingId, reference: state.reference, by: command.by }];
  }
}

export function evolveBooking(state: BookingState, event: BookingEvent): BookingState {
  switch (event.type) {
    case "BookingStarted":
      return {
        ...state,
        bookingId: event.bookingId,
        showId: event.showId,
        customerId: event.customerId,
        seats: event.seats,
        activeSeatIds: event.seats.map((s) => s.seatId),
        totalCents: event.totalCents,
        currency: event.currency,
      };
    case "BookingHeld":
      return { ...state, status: "held", expiresAt: event.expiresAt };
    case "BookingHoldExtended":
      return { ...state, expiresAt: event.expiresAt, extended: true };
    case "PaymentAuthorized":
      return { ...state, payment: { paymentId: event.paymentId, amountCents: event.amountCents }, paymentAttempts: event.attempt };
    case "PaymentDeclined":
    case "PaymentTimedOut":
      return { ...state, paymentAttempts: event.attempt, lastFailedPaymentId: event.paymentId };
    case "PaymentFailed":
      return { ...state, status: "payment_failed", paymentAttempts: event.attempt, lastFailedPaymentId: event.paymentId };
    case "BookingConfirmed":
      return { ...state, status: "confirmed", reference: event.reference };
    case "BookingExpired":
      return { ...state, status: "expired" };
    case "BookingCancelled": {
      const activeSeatIds = state.activeSeatIds.filter((id) => !event.seatIds.includes(id));
      return { ...state, activeSeatIds, status: activeSeatIds.length === 0 ? "cancelled" : state.status };
    }
    case "RefundIssued":
      return { ...state, refundedCents: state.refundedCents + event.amountCents };
    case "ConfirmationLinkResent":
      return state;
  }
}

export const bookingDecider: Decider<BookingCommand, BookingEvent, BookingState> = {
  category: "booking",
  // 2: payment attempts are counted in the state.
  snapshotVersion: 2,
  initialState: initialBookingState,
  decide: decideBooking,
  evolve: evolveBooking,
  toSnapshot: (state) => state,
  fromSnapshot: (snapshot) => snapshot as BookingState,
};
