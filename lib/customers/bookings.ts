// A customer's confirmed booking: found by reference and email, shown and cancelled through its manage
// link, or cancelled through the JSON API by the customer who made it.
import "server-only";
import { cancelBooking } from "../commands/bookings";
import { bookingByReference, bookingByReferenceAndEmail, seatsOfBooking } from "../queries/bookings";
import { findShow } from "../queries/shows";
import type { BookingSystem } from "../system";
import { customerCaller, customerCommand } from "./caller";
import { manageUrlOf } from "./manage-link";
import { noSuchBooking, refused, type StepResult } from "./refusal";

const SETTLE_MS = 5000;

export interface CancelRequest {
  /** Omitted: every seat still in the booking. */
  seatIds?: string[];
  idempotencyKey: string;
}

type Cancelled = StepResult<{ bookingId: string; reference: string | null; seatIds: string[]; refundDueCents: number }>;

async function cancel(system: BookingSystem, bookingId: string, customerId: string, request: CancelRequest): Promise<Cancelled> {
  const result = await cancelBooking(
    system.deps,
    { bookingId, by: { customerId }, seatIds: request.seatIds },
    customerCommand("cancel", customerId, request.idempotencyKey),
  );
  if (!result.ok) return refused(result.error);
  // The process manager releases the seats and refunds; answer once the read side shows it.
  await system.processManager.waitFor(result.lastPosition, SETTLE_MS);
  await system.projections.waitFor(await system.store.headPosition(), SETTLE_MS);
  const view = await system.db.prisma.bookingView.findUnique({ where: { bookingId }, select: { reference: true } });
  return { ok: true, bookingId, reference: view?.reference ?? null, seatIds: result.seatIds, refundDueCents: result.refundDueCents };
}

/** The JSON API: the caller cancels their own booking (or some of its seats). */
export async function cancelCallersBooking(bookingId: string, request: CancelRequest): Promise<Cancelled> {
  const { system, customerId } = await customerCaller();
  if (!customerId) return noSuchBooking();
  return cancel(system, bookingId, customerId, request);
}

/** Whoever holds the manage link (reference and key) acts for the customer who booked. */
export async function cancelByManageLink(reference: string, key: string, request: CancelRequest): Promise<Cancelled> {
  const { system } = await customerCaller();
  const booking = await bookingOfManageLink(system, reference, key);
  if (!booking) return noSuchBooking();
  return cancel(system, booking.bookingId, booking.customerId, request);
}

async function bookingOfManageLink(system: BookingSystem, reference: string, key: string) {
  const booking = await bookingByReference(system.db.prisma, reference);
  return booking?.reference && system.secrets.isManageKey(booking.bookingId, key) ? booking : null;
}

/** What the booking page shows to the holder of its manage link; null otherwise (the page answers 404). */
export async function bookingForManageLink(reference: string, key: string) {
  const { system } = await customerCaller();
  const booking = await bookingOfManageLink(system, reference, key);
  if (!booking?.reference) return null;
  const [show, seats] = await Promise.all([
    findShow(system.db.prisma, booking.showId),
    seatsOfBooking(system.db.prisma, booking.showId, JSON.parse(booking.seatIds) as string[]),
  ]);
  return { booking: { ...booking, reference: booking.reference }, show, seats, manageKey: key };
}

/** A booking for whoever has both its reference and its email: what it is, and its manage link. */
export async function findBooking(reference: string, email: string) {
  const { system } = await customerCaller();
  const booking = await bookingByReferenceAndEmail(system.db.prisma, reference, email);
  if (!booking?.reference) return null;
  return { booking, manageUrl: manageUrlOf(system.secrets, booking.reference, booking.bookingId) };
}

