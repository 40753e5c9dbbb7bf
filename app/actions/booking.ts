"use server";
// Customer form actions: thin edges that parse input with zod, call one customer step (lib/customers),
// and refresh or redirect. Who is calling and what they may do is decided there, not here.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { bookingIdSchema, cancelInput, fieldErrorsOf, firstMessage, holdInput, idempotencyKeySchema, lookupInput, paymentInput, showIdSchema } from "@/lib/http/inputs";
import { holdSeatsForCaller, extendHoldForCaller, releaseHoldForCaller } from "@/lib/customers/holds";
import { payForCallersBooking } from "@/lib/customers/checkout";
import { cancelByManageLink, findBooking } from "@/lib/customers/bookings";
import type { Refusal } from "@/lib/customers/refusal";
import type { ActionState } from "./state";

const refusal = (error: Refusal): ActionState => ({ ok: false, message: error.message, code: error.code, seatIds: error.seatIds });

const invalid = (error: z.ZodError): ActionState => ({ ok: false, message: firstMessage(error), fieldErrors: fieldErrorsOf(error) });

export async function holdSeatsAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const showId = showIdSchema.safeParse(form.get("showId"));
  if (!showId.success) return invalid(showId.error);
  const input = holdInput.safeParse({ seatIds: form.getAll("seatId"), idempotencyKey: form.get("idempotencyKey") });
  if (!input.success) return invalid(input.error);
  const result = await holdSeatsForCaller({ showId: showId.data, ...input.data });
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
  const result = await payForCallersBooking(booking.data.bookingId, input.data);
  if (!result.ok) {
    // A failed attempt or an expired hold changed the booking: show the page as it is now.
    revalidatePath(`/checkout/${booking.data.bookingId}`);
    return cardRefusal(result.error) ?? refusal(result.error);
  }
  redirect(result.manageUrl);
}

/** A declined or timed-out card is about the card field: the seats stay held for another try. */
function cardRefusal(error: Refusal): ActionState | null {
  const retry = "Your seats are still held: try again or use another card.";
  if (error.code !== "PAYMENT_DECLINED" && error.code !== "PAYMENT_TIMED_OUT") return null;
  const message = `${error.message.replace(/\.$/, "")}. ${retry}`;
  return { ok: false, code: error.code, message, fieldErrors: { cardNumber: [message] } };
}

export async function extendHoldAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const booking = bookingForm.safeParse({ bookingId: form.get("bookingId"), idempotencyKey: form.get("idempotencyKey") });
  if (!booking.success) return invalid(booking.error);
  const result = await extendHoldForCaller(booking.data.bookingId, booking.data.idempotencyKey);
  if (!result.ok) return refusal(result.error);
  revalidatePath(`/checkout/${booking.data.bookingId}`);
  return { ok: true, message: "Your hold has been extended" };
}

export async function releaseHoldAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const booking = bookingForm.safeParse({ bookingId: form.get("bookingId"), idempotencyKey: form.get("idempotencyKey") });
  if (!booking.success) return invalid(booking.error);
  const result = await releaseHoldForCaller(booking.data.bookingId, booking.data.idempotencyKey);
  if (!result.ok) return refusal(result.error);
  redirect(`/shows/${result.showId}`);
}

export async function findBookingAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const input = lookupInput.safeParse({ reference: form.get("reference"), email: form.get("email") });
  if (!input.success) return invalid(input.error);
  const found = await findBooking(input.data.reference, input.data.email);
  if (!found) return { ok: false, message: "No booking matches that reference and email address" };
  redirect(found.manageUrl);
}

const manageLink = z.object({
  reference: z.string().trim().min(4).max(20),
  key: z.string().trim().min(1).max(100),
  idempotencyKey: idempotencyKeySchema,
});

export async function cancelBookingAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const link = manageLink.safeParse({ reference: form.get("reference"), key: form.get("key"), idempotencyKey: form.get("idempotencyKey") });
  if (!link.success) return invalid(link.error);
  const seatIds = form.getAll("seatId");
  const input = cancelInput.safeParse({ seatIds: seatIds.length ? seatIds : undefined, idempotencyKey: link.data.idempotencyKey });
  if (!input.success) return invalid(input.error);
  // Holding the booking's manage link (its reference and secret key) is what entitles someone to cancel it.
  const result = await cancelByManageLink(link.data.reference, link.data.key, input.data);
  if (!result.ok) return refusal(result.error);
  if (result.reference) revalidatePath(`/bookings/${result.reference}`);
  return { ok: true, cancelled: { seatIds: result.seatIds, refundDueCents: result.refundDueCents } };
}
