// Cancelling a booking, by its customer or by staff. The
// cancellation is one event on the booking; the process manager then releases the seats and refunds.
import { bookingDecider, bookingStreamId } from "../domain/booking";
import { DomainError, isDomainError } from "../domain/errors";
import type { CommandContext, CommandDeps, Outcome } from "./context";
import { bookingOf } from "./holds";

export interface Cancellation {
  bookingId: string;
  /** The signed-in customer; null when staff act. */
  customerId: string | null;
  /** Omitted: every seat still in the booking. */
  seatIds?: string[];
  by: "customer" | "staff";
}

export async function cancelBooking(
  deps: CommandDeps,
  input: Cancellation,
  context: CommandContext,
): Promise<Outcome<{ seatIds: string[]; refundDueCents: number; duplicate: boolean }>> {
  try {
    // A customer must be named: without one, anybody could cancel any booking by its id.
    if (input.by === "customer" && input.customerId === null) throw notFound();
    await bookingOf(deps, input.bookingId, input.customerId);
    const result = await deps.bus.execute(
      bookingDecider,
      bookingStreamId(input.bookingId),
      {
        type: "CancelBooking",
        bookingId: input.bookingId,
        reason: input.by === "customer" ? "cancelled_by_customer" : "cancelled_by_staff",
        by: context.actor,
        ...(input.seatIds === undefined ? {} : { seatIds: input.seatIds }),
      },
      context,
    );
    if (!result.ok) return result;
    const cancelled = result.events.find((e) => e.type === "BookingCancelled");
    return {
      ok: true,
      seatIds: cancelled?.seatIds ?? [],
      refundDueCents: cancelled?.refundDueCents ?? 0,
      duplicate: result.duplicate,
      lastPosition: result.lastPosition,
    };
  } catch (error) {
    if (isDomainError(error)) return { ok: false, error };
    throw error;
  }
}

const notFound = () => new DomainError("BOOKING_NOT_FOUND", "There is no such booking");
