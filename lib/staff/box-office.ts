// The box-office desk's commands: staff act on any booking, as `staff:<name>`. Each step checks the staff
// session itself, runs one handler and waits until the read side (and the process manager's release and
// refund) shows the change, so the booking page redrawn next is current.
import "server-only";
import { cancelBooking, resendConfirmationLink } from "../commands/bookings";
import type { Outcome } from "../commands/context";
import { extendHold } from "../commands/holds";
import { manageUrlOf } from "../customers/manage-link";
import { bookingSystem, type BookingSystem } from "../system";
import { requireStaff } from "./session";

const SETTLE_MS = 5000;

export type DeskResult<T extends object> = ({ ok: true } & T) | { ok: false; code: string; message: string };

async function staffCommand(kind: string, bookingId: string, idempotencyKey: string) {
  const staff = await requireStaff();
  return { commandId: `desk-${kind}:${bookingId}:${idempotencyKey}`, actor: `staff:${staff.name}` };
}

async function settle<T extends object>(system: BookingSystem, result: Outcome<T>): Promise<DeskResult<T>> {
  if (!result.ok) return { ok: false, code: result.error.code, message: result.error.message };
  await system.processManager.waitFor(result.lastPosition, SETTLE_MS);
  await system.projections.waitFor(await system.store.headPosition(), SETTLE_MS);
  return result;
}

/** Cancels some seats (or, with none named, all of them); the process manager releases them and refunds. */
export async function cancelAtDesk(input: { bookingId: string; seatIds?: string[]; idempotencyKey: string }): Promise<DeskResult<{ seatIds: string[]; refundDueCents: number }>> {
  const context = await staffCommand("cancel", input.bookingId, input.idempotencyKey);
  const system = await bookingSystem();
  const result = await cancelBooking(system.deps, { bookingId: input.bookingId, by: "staff", ...(input.seatIds ? { seatIds: input.seatIds } : {}) }, context);
  return settle(system, result);
}

/** Records that the desk gave the customer their manage link again, and answers the link to pass on. */
export async function resendLinkAtDesk(input: { bookingId: string; idempotencyKey: string }): Promise<DeskResult<{ manageUrl: string }>> {
  const context = await staffCommand("resend", input.bookingId, input.idempotencyKey);
  const system = await bookingSystem();
  const result = await resendConfirmationLink(system.deps, { bookingId: input.bookingId }, context);
  const settled = await settle(system, result);
  return settled.ok ? { ok: true, manageUrl: manageUrlOf(system.secrets, settled.reference, input.bookingId) } : settled;
}

/** The hold's one extension, asked for at the desk (a customer on the phone). */
export async function extendHoldAtDesk(input: { bookingId: string; idempotencyKey: string }): Promise<DeskResult<{ expiresAt: string }>> {
  const context = await staffCommand("extend", input.bookingId, input.idempotencyKey);
  const system = await bookingSystem();
  const result = await extendHold(system.deps, { bookingId: input.bookingId, staff: true }, context);
  return settle(system, result);
}
