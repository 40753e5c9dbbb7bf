// Customer steps on a hold: take seats (which starts a booking), extend the hold once, let it go.
// Each identifies the caller, checks what they may do, runs one handler and waits for the read side,
// so the page the customer sees next already shows the change.
import "server-only";
import { extendHold, holdSeats, releaseHold } from "../commands/holds";
import { customerCaller, customerCommand, identifiedCustomer, type CallerRequest } from "./caller";
import { noSuchBooking, rateLimited, refused, type StepResult } from "./refusal";

const READ_SIDE_WAIT_MS = 3000;

export interface HoldRequest {
  showId: string;
  seatIds: string[];
  idempotencyKey: string;
}

/** Holds seats for the calling customer (made on first use); answers once the read side shows the hold. */
export async function holdSeatsForCaller(
  request: HoldRequest,
  from?: CallerRequest,
): Promise<StepResult<{ bookingId: string; expiresAt: string; duplicate: boolean }>> {
  const caller = await customerCaller(from);
  const identity = await identifiedCustomer(caller);
  if (!identity.ok) return identity;
  const { system, address } = caller;
  const allowed = await system.limits.hold(address);
  if (!allowed.allowed) return rateLimited("Too many hold requests have come from your network recently.", allowed.retryAfterSeconds);
  const seats = request.seatIds.length;
  const budget = await system.limits.heldSeats(address, seats);
  if (!budget.allowed) return rateLimited("Your network has held as many seats as it may for now.", budget.retryAfterSeconds);
  const result = await holdSeats(
    system.deps,
    { showId: request.showId, seatIds: request.seatIds, customerId: identity.customerId },
    customerCommand("hold", identity.customerId, request.idempotencyKey),
  );
  // Only seats actually newly held count against the address.
  if (!result.ok || result.duplicate) await system.limits.unheld(address, seats);
  if (!result.ok) return refused(result.error);
  // The checkout page reads the booking view next (read-your-writes).
  await system.projections.waitFor(result.lastPosition, READ_SIDE_WAIT_MS);
  return { ok: true, bookingId: result.bookingId, expiresAt: result.expiresAt, duplicate: result.duplicate };
}

/** One extension of the caller's own hold. */
export async function extendHoldForCaller(bookingId: string, idempotencyKey: string): Promise<StepResult<{ expiresAt: string }>> {
  const { system, customerId } = await customerCaller();
  if (!customerId) return noSuchBooking();
  const result = await extendHold(system.deps, { bookingId, customerId }, customerCommand("extend", customerId, idempotencyKey));
  if (!result.ok) return refused(result.error);
  await system.projections.waitFor(result.lastPosition, READ_SIDE_WAIT_MS);
  return { ok: true, expiresAt: result.expiresAt };
}

/** The caller lets their own hold go before paying. */
export async function releaseHoldForCaller(bookingId: string, idempotencyKey: string): Promise<StepResult<{ showId: string }>> {
  const { system, customerId } = await customerCaller();
  if (!customerId) return noSuchBooking();
  const result = await releaseHold(system.deps, { bookingId, customerId }, customerCommand("release", customerId, idempotencyKey));
  if (!result.ok) return refused(result.error);
  await system.projections.waitFor(result.lastPosition, READ_SIDE_WAIT_MS);
  return { ok: true, showId: result.showId };
}
