"use server";
// Customer form actions: thin edges that parse input with zod, call one command handler, wait for the
// read tables to catch up (read-your-writes) and refresh or redirect.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { bookingSystem } from "@/lib/system";
import { extendHold, releaseHold } from "@/lib/commands/holds";
import { payForBooking } from "@/lib/commands/checkout";
import type { DomainError } from "@/lib/domain/errors";
import { bookingIdSchema, cancelInput, fieldErrorsOf, firstMessage, holdInput, idempotencyKeySchema, lookupInput, paymentInput, showIdSchema } from "@/lib/http/inputs";
import { currentCustomerId, customerCommand } from "@/lib/http/customer";
import { holdForCustomer } from "@/lib/http/customer-holds";
import { bookingByReference, bookingByReferenceAndKey } from "@/lib/queries/bookings";
import { cancelBooking } from "@/lib/commands/bookings";
import type { ActionState } from "./state";

const refusal = (error: DomainError): ActionState => ({
  ok: false,
  message: error.message,
  code: error.code,
  seatIds: error.details.seatIds,
});

const invalid = (error: z.ZodError): ActionState => ({ ok: false, message: firstMessage(error), fieldErrors: fieldErrorsOf(error) });

export async function holdSeatsAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const showId = showIdSchema.safeParse(form.get("showId"));
  if (!showId.success) return invalid(showId.error);
  const input = holdInput.safeParse({ seatIds: form.getAll("seatId"), idempotencyKey: form.get("idempotencyKey") });
  if (!input.success) return invalid(input.error);
  const result = await holdForCustomer(showId.data, input.data.seatIds, input.data.idempotencyKey);
  if (!result.ok) return refusal(result.error);
  redirect(`/checkout/${result.bookingId}`);
}

const bookingForm = z.object({ bookingId: bookingIdSchema, idempotencyKey: idempotencyKeySchema });

export async function payAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const booking = bookingForm.safeParse({ bookingId: form.get("bookingId"), idempotencyKey: form.get("idempotencyKey") });
  if (!booking.success) return invalid(booking.error);
  const input = paymentInput.safeParse({
    customerName: form.get("customerName"),
    customerEmail: form.get("customerEmail"),
    cardNumber: form.get("cardNumber"),
    idempotencyKey: booking.data.idempotencyKey,
  });
  if (!input.success) return invalid(input.error);
  const customerId = await currentCustomerId();
  const system = await bookingSystem();
  const result = await payForBooking(
    system.deps,
    { bookingId: booking.data.bookingId, customerId, ...input.data },
    customerCommand("pay", customerId, input.data.idempotencyKey),
  );
  if (!result.ok) {
    // A declined card or an expired hold changed the booking: show the page as it is now.
    await system.projections.waitFor(await system.store.headPosition(), 3000);
    revalidatePath(`/checkout/${booking.data.bookingId}`);
    return refusal(result.error);
  }
  await system.projections.waitFor(result.lastPosition, 3000);
  redirect(`/bookings/${result.reference}?key=${booking.data.bookingId}`);
}

export async function extendHoldAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const booking = bookingForm.safeParse({ bookingId: form.get("bookingId"), idempotencyKey: form.get("idempotencyKey") });
  if (!booking.success) return invalid(booking.error);
  const customerId = await currentCustomerId();
  const system = await bookingSystem();
  const result = await extendHold(
    system.deps,
    { bookingId: booking.data.bookingId, customerId },
    customerCommand("extend", customerId, booking.data.idempotencyKey),
  );
  if (!result.ok) return refusal(result.error);
  await system.projections.waitFor(result.lastPosition, 3000);
  revalidatePath(`/checkout/${booking.data.bookingId}`);
  return { ok: true, message: "Your hold has been extended" };
}

export async function releaseHoldAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const booking = bookingForm.safeParse({ bookingId: form.get("bookingId"), idempotencyKey: form.get("idempotencyKey") });
  if (!booking.success) return invalid(booking.error);
  const showId = showIdSchema.safeParse(form.get("showId"));
  const customerId = await currentCustomerId();
  const system = await bookingSystem();
  const result = await releaseHold(
    system.deps,
    { bookingId: booking.data.bookingId, customerId },
    customerCommand("release", customerId, booking.data.idempotencyKey),
  );
  if (!result.ok) return refusal(result.error);
  await system.projections.waitFor(result.lastPosition, 3000);
  redirect(showId.success ? `/shows/${showId.data}` : "/");
}

export async function findBookingAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const input = lookupInput.safeParse({ reference: form.get("reference"), email: form.get("email") });
  if (!input.success) return invalid(input.error);
  const { db } = await bookingSystem();
  const booking = await bookingByReference(db.prisma, input.data.reference, input.data.email);
  if (!booking) return { ok: false, message: "No booking matches that reference and email address" };
  redirect(`/bookings/${booking.reference}?key=${booking.bookingId}`);
}

export async function cancelBookingAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const booking = bookingForm.safeParse({ bookingId: form.get("bookingId"), idempotencyKey: form.get("idempotencyKey") });
  if (!booking.success) return invalid(booking.error);
  const seatIds = form.getAll("seatId");
  const input = cancelInput.safeParse({ seatIds: seatIds.length ? seatIds : undefined, idempotencyKey: booking.data.idempotencyKey });
  if (!input.success) return invalid(input.error);
  const reference = z.string().trim().min(4).max(20).safeParse(form.get("reference"));
  if (!reference.success) return invalid(reference.error);
  const system = await bookingSystem();
  // Holding the booking's link (its reference and secret id) is what entitles someone to cancel it.
  const view = await bookingByReferenceAndKey(system.db.prisma, reference.data, booking.data.bookingId);
  if (!view) return { ok: false, message: "There is no such booking" };
  const result = await cancelBooking(
    system.deps,
    { bookingId: view.bookingId, customerId: view.customerId, seatIds: input.data.seatIds, by: "customer" },
    customerCommand("cancel", view.customerId, input.data.idempotencyKey),
  );
  if (!result.ok) return refusal(result.error);
  // The process manager releases the seats and refunds; wait until the page can show that.
  await system.processManager.waitFor(result.lastPosition, 5000);
  await system.projections.waitFor(await system.store.headPosition(), 5000);
  revalidatePath(`/bookings/${view.reference}`);
  return { ok: true, message: "Cancelled. The refund is on its way to your card." };
}
