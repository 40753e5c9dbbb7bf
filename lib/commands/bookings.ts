// Cancelling a booking, by its customer or by staff. The
// cancellation is one event on the booking; the process manager then releases the seats and refunds.
import { bookingDecider, bookingStreamId } from "../domain/booking";
import { isDomainError } from "../domain/errors";
import type { CommandContext, CommandDeps, Outcome } from "./context";
import { bookingOf } from "./holds";

export interface Cancellation {
  bookingId: string;
  /** A customer cancels only their own booking; staff may cancel any. */
  by: { customerId: string } | "staff";
  /** Omitted: every seat still in the booking. */
  seatIds?: string[];
}

export async function cancelBooking(
  deps: CommandDeps,
  input: Cancellation,
  context: CommandContext,
): Promise<Outcome<{ seatIds: string[]; refundDueCents: number; duplicate: boolean }>> {
  try {
    await bookingOf(deps, input.bookingId, input.by);
    const result = await deps.bus.execute(
      bookingDecider,
      bookingStreamId(input.bookingId),
      {
        type: "CancelBooking",
        bookingId: input.bookingId,
        reason: input.by === "staff" ? "cancelled_by_staff" : "cancelled_by_customer",
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

/** The box office gives a confirmed booking's manage link again; the event records who, and when. */
export async function resendConfirmationLink(
  deps: CommandDeps,
  input: { bookingId: string },
  context: CommandContext,
): Promise<Outcome<{ reference: string }>> {
  try {
    await bookingOf(deps, input.bookingId, "staff");
    const result = await deps.bus.execute(
      bookingDecider,
      bookingStreamId(input.bookingId),
      { type: "ResendConfirmationLink", bookingId: input.bookingId, by: context.actor },
      context,
    );
    if (!result.ok) return result;
    const resent = result.events.find((e) => e.type === "ConfirmationLinkResent");
    const reference = resent?.reference ?? (await deps.bus.load(bookingDecider, bookingStreamId(input.bookingId))).state.reference ?? "";
    return { ok: true, reference, lastPosition: result.lastPosition };
  } catch (error) {
    if (isDomainError(error)) return { ok: false, error };
    throw error;
  }
}
