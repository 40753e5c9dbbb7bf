// Paying for a held booking: authorize the card, book the seats, confirm with a reference. Each step
// has its own idempotency key derived from the caller's, so a retried checkout repeats nothing.
import { referenceOf } from "../booking-reference";
import { bookingDecider, bookingStreamId } from "../domain/booking";
import { DomainError, isDomainError } from "../domain/errors";
import { seatsDecider, seatsStreamId } from "../domain/seats";
import { bookingOf } from "./holds";
import { lastPositionOf, step, type CommandContext, type CommandDeps, type Outcome } from "./context";

export interface Checkout {
  bookingId: string;
  /** The paying customer's pseudonym: only they can pay for their hold. */
  customerId: string;
  cardNumber: string;
  customerName: string;
  customerEmail: string;
}

export async function payForBooking(
  deps: CommandDeps,
  input: Checkout,
  context: CommandContext,
): Promise<Outcome<{ reference: string }>> {
  try {
    const booking = await bookingOf(deps, input.bookingId, { customerId: input.customerId });
    if (booking.status === "confirmed" && booking.reference)
      return { ok: true, reference: booking.reference, lastPosition: 0 };
    if (booking.status !== "held") throw new DomainError("BOOKING_NOT_HELD", `This booking is ${booking.status.replace("_", " ")}`);
    const now = () => deps.now().toISOString();
    if (booking.expiresAt && Date.parse(booking.expiresAt) <= deps.now().getTime())
      throw new DomainError("HOLD_EXPIRED", "The hold on these seats has expired", { seatIds: booking.activeSeatIds });

    const authorization = await deps.payments.authorize({
      idempotencyKey: step(context, "card").commandId,
      amountCents: booking.totalCents,
      currency: booking.currency,
      cardNumber: input.cardNumber,
    });
    if (!authorization.ok) {
      // Every attempt is recorded; the hold stays, so the customer can try another card until its deadline.
      const recorded = await deps.bus.execute(
        bookingDecider,
        bookingStreamId(input.bookingId),
        {
          type: "FailPayment",
          bookingId: input.bookingId,
          paymentId: step(context, "card").commandId,
          reason: authorization.reason,
          failure: authorization.failure,
        },
        step(context, "payment-failed"),
      );
      if (!recorded.ok) return recorded;
      const code = authorization.failure === "timed_out" ? "PAYMENT_TIMED_OUT" : "PAYMENT_DECLINED";
      return { ok: false, error: new DomainError(code, authorization.reason) };
    }

    const authorized = await deps.bus.execute(
      bookingDecider,
      bookingStreamId(input.bookingId),
      {
        type: "AuthorizePayment",
        bookingId: input.bookingId,
        paymentId: authorization.paymentId,
        amountCents: booking.totalCents,
        cardLast4: authorization.cardLast4,
        now: now(),
      },
      step(context, "authorize"),
    );
    if (!authorized.ok) return authorized;

    const committed = await deps.bus.execute(
      seatsDecider,
      seatsStreamId(booking.showId),
      { type: "CommitHold", showId: booking.showId, bookingId: input.bookingId, now: now() },
      step(context, "book-seats"),
    );
    if (!committed.ok) {
      // The hold ran out while the card was being charged: expire the booking and give the money back.
      await deps.bus.execute(
        bookingDecider,
        bookingStreamId(input.bookingId),
        { type: "ExpireBooking", bookingId: input.bookingId, now: now() },
        step(context, "expire"),
      );
      await deps.bus.execute(
        bookingDecider,
        bookingStreamId(input.bookingId),
        { type: "IssueRefund", bookingId: input.bookingId, amountCents: booking.totalCents },
        step(context, "refund"),
      );
      return committed;
    }

    const confirmed = await deps.bus.execute(
      bookingDecider,
      bookingStreamId(input.bookingId),
      {
        type: "ConfirmBooking",
        bookingId: input.bookingId,
        reference: referenceOf(input.bookingId),
        customerName: input.customerName,
        customerEmail: input.customerEmail,
      },
      step(context, "confirm"),
    );
    if (!confirmed.ok) return confirmed;
    const { state } = await deps.bus.load(bookingDecider, bookingStreamId(input.bookingId));
    return { ok: true, reference: state.reference as string, lastPosition: lastPositionOf([authorized, committed, confirmed]) };
  } catch (error) {
    if (isDomainError(error)) return { ok: false, error };
    throw error;
  }
}
