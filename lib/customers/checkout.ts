// Paying for the caller's own hold, and what the checkout page shows them.
import "server-only";
import { payForBooking } from "../commands/checkout";
import { bookingForCustomer, seatsOfBooking } from "../queries/bookings";
import { findShow } from "../queries/shows";
import { customerCaller, customerCommand } from "./caller";
import { manageUrlOf } from "./manage-link";
import { noSuchBooking, refused, type StepResult } from "./refusal";

export interface Payment {
  customerName: string;
  customerEmail: string;
  cardNumber: string;
  idempotencyKey: string;
}

/** Pays for the caller's hold; answers the reference and the booking's manage link once the read side shows it. */
export async function payForCallersBooking(bookingId: string, payment: Payment): Promise<StepResult<{ reference: string; manageUrl: string }>> {
  const { system, customerId } = await customerCaller();
  if (!customerId) return noSuchBooking();
  const { idempotencyKey, ...details } = payment;
  const result = await payForBooking(system.deps, { bookingId, customerId, ...details }, customerCommand("pay", customerId, idempotencyKey));
  if (!result.ok) {
    // A declined card or an expired hold changed the booking: let the page show it as it is now.
    if (result.error.code !== "BOOKING_NOT_FOUND") await system.projections.waitFor(await system.store.headPosition(), 3000);
    return refused(result.error);
  }
  await system.projections.waitFor(result.lastPosition, 3000);
  return { ok: true, reference: result.reference, manageUrl: manageUrlOf(system.secrets, result.reference, bookingId) };
}

/** The checkout page of the caller's own booking; null for anybody else's (the page answers 404). */
export async function checkoutForCaller(bookingId: string) {
  const { system, customerId } = await customerCaller();
  if (!customerId) return null;
  const booking = await bookingForCustomer(system.db.prisma, bookingId, customerId);
  if (!booking) return null;
  const [show, seats] = await Promise.all([
    findShow(system.db.prisma, booking.showId),
    seatsOfBooking(system.db.prisma, booking.showId, JSON.parse(booking.seatIds) as string[]),
  ]);
  const confirmedUrl = booking.status === "confirmed" && booking.reference ? manageUrlOf(system.secrets, booking.reference, booking.bookingId) : null;
  return { booking, show, seats, confirmedUrl, serverNow: system.deps.now().toISOString() };
}
