// Customer commands on seats: hold (which starts a booking), extend the hold once, release it.
import { createHash } from "node:crypto";
import { bookingDecider, bookingStreamId } from "../domain/booking";
import { DomainError, isDomainError } from "../domain/errors";
import { seatsDecider, seatsStreamId } from "../domain/seats";
import { lastPositionOf, step, type CommandContext, type CommandDeps, type Outcome } from "./context";

/** The same idempotency key always names the same booking, so a retried hold finds its booking again. */
export function bookingIdFor(commandId: string): string {
  return createHash("sha256").update(`hold:${commandId}`).digest("base64url").replace(/[-_]/g, "").slice(0, 16);
}

export async function holdSeats(
  deps: CommandDeps,
  input: { showId: string; seatIds: string[]; customerId: string },
  context: CommandContext,
): Promise<Outcome<{ bookingId: string; expiresAt: string; duplicate: boolean }>> {
  const bookingId = bookingIdFor(context.commandId);
  const now = deps.now();
  const expiresAt = new Date(now.getTime() + deps.holdTtlSeconds * 1000).toISOString();
  const result = await deps.bus.execute(
    seatsDecider,
    seatsStreamId(input.showId),
    {
      type: "HoldSeats",
      showId: input.showId,
      bookingId,
      customerId: input.customerId,
      seatIds: input.seatIds,
      expiresAt,
      now: now.toISOString(),
      maxSeatsPerCustomer: deps.maxSeatsPerCustomer,
    },
    context,
    // The booking starts in the same transaction as the hold: there is never a hold without its booking.
    (_events, state) => [
      {
        streamId: bookingStreamId(bookingId),
        expectedVersion: "no_stream",
        events: bookingDecider.decide(
          {
            type: "StartBooking",
            bookingId,
            showId: input.showId,
            customerId: input.customerId,
            currency: state.currency,
            expiresAt,
            seats: input.seatIds.map((seatId) => ({ seatId, priceCents: state.seats.get(seatId)?.priceCents ?? 0 })),
          },
          bookingDecider.initialState,
        ),
      },
    ],
  );
  if (!result.ok) return result;
  if (result.duplicate) {
    const { state } = await deps.bus.load(bookingDecider, bookingStreamId(bookingId));
    return { ok: true, bookingId, expiresAt: state.expiresAt ?? expiresAt, duplicate: true, lastPosition: result.lastPosition };
  }
  return { ok: true, bookingId, expiresAt, duplicate: false, lastPosition: result.lastPosition };
}

/**
 * The booking, if it belongs to this customer. Someone else's booking answers exactly like a missing one;
 * `staff` is the only way past the owner check, and it has to be asked for by name.
 */
async function bookingOf(deps: CommandDeps, bookingId: string, owner: { customerId: string } | "staff") {
  const { state } = await deps.bus.load(bookingDecider, bookingStreamId(bookingId));
  if (state.bookingId === null || (owner !== "staff" && state.customerId !== owner.customerId))
    throw new DomainError("BOOKING_NOT_FOUND", "There is no such booking");
  return state;
}

/** One extension of the hold, by the original hold time: asked for by its customer, or by the box office (`staff`). */
export async function extendHold(
  deps: CommandDeps,
  input: { bookingId: string } & ({ customerId: string } | { staff: true }),
  context: CommandContext,
): Promise<Outcome<{ expiresAt: string }>> {
  try {
    const booking = await bookingOf(deps, input.bookingId, "customerId" in input ? { customerId: input.customerId } : "staff");
    if (booking.extended) throw new DomainError("EXTENSION_ALREADY_USED", "This hold has already been extended once");
    const now = deps.now().toISOString();
    const base = Math.max(Date.parse(booking.expiresAt ?? now), Date.parse(now));
    const expiresAt = new Date(base + deps.holdTtlSeconds * 1000).toISOString();
    const seats = await deps.bus.execute(
      seatsDecider,
      seatsStreamId(booking.showId),
      { type: "ExtendHold", showId: booking.showId, bookingId: input.bookingId, expiresAt, now },
      step(context, "seats"),
    );
    if (!seats.ok) return seats;
    const extended = await deps.bus.execute(
      bookingDecider,
      bookingStreamId(input.bookingId),
      { type: "ExtendBookingHold", bookingId: input.bookingId, expiresAt, now },
      step(context, "booking"),
    );
    if (!extended.ok) return extended;
    return { ok: true, expiresAt, lastPosition: lastPositionOf([seats, extended]) };
  } catch (error) {
    if (isDomainError(error)) return { ok: false, error };
    throw error;
  }
}

/** The customer lets the seats go before paying. */
export async function releaseHold(
  deps: CommandDeps,
  input: { bookingId: string; customerId: string },
  context: CommandContext,
): Promise<Outcome<{ showId: string }>> {
  try {
    const booking = await bookingOf(deps, input.bookingId, { customerId: input.customerId });
    const seats = await deps.bus.execute(
      seatsDecider,
      seatsStreamId(booking.showId),
      { type: "ReleaseHold", showId: booking.showId, bookingId: input.bookingId, reason: "abandoned" },
      step(context, "seats"),
    );
    if (!seats.ok) return seats;
    const cancelled = await deps.bus.execute(
      bookingDecider,
      bookingStreamId(input.bookingId),
      { type: "CancelBooking", bookingId: input.bookingId, reason: "abandoned", by: context.actor },
      step(context, "booking"),
    );
    if (!cancelled.ok) return cancelled;
    return { ok: true, showId: booking.showId, lastPosition: lastPositionOf([seats, cancelled]) };
  } catch (error) {
    if (isDomainError(error)) return { ok: false, error };
    throw error;
  }
}

export { bookingOf };
