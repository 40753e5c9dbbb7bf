"use server";
// The box-office desk's actions: thin edges that check the session, parse with zod, call one staff step
// (lib/staff/box-office.ts) and refresh the booking's page.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireStaff } from "@/lib/staff/session";
import { cancelAtDesk, extendHoldAtDesk, resendLinkAtDesk, type DeskResult } from "@/lib/staff/box-office";
import { bookingIdSchema, fieldErrorsOf, firstMessage, idempotencyKeySchema, seatIdSchema } from "@/lib/http/inputs";
import { formatMoney } from "@/lib/format";
import type { ActionState } from "@/app/actions/state";

/** What the resend form shows: the link to give the customer, on success. */
export type ResendState = ActionState | { ok: true; message: string; manageUrl: string };

const invalid = (error: z.ZodError): ActionState => ({ ok: false, message: firstMessage(error), fieldErrors: fieldErrorsOf(error) });
const refusal = (result: Extract<DeskResult<object>, { ok: false }>): ActionState => ({ ok: false, message: result.message, code: result.code });

const deskInput = z.object({ bookingId: bookingIdSchema, idempotencyKey: idempotencyKeySchema });
const cancelInput = deskInput.extend({
  scope: z.enum(["some", "all"], { message: "Choose which seats to cancel" }),
  seatIds: z.array(seatIdSchema).max(50).default([]),
  currency: z.string().regex(/^[A-Z]{3}$/).default("EUR"),
  confirm: z.literal("yes", { message: "Tick the box to confirm the cancellation and refund" }),
});

function refresh(bookingId: string) {
  revalidatePath(`/admin/box-office/${bookingId}`);
  revalidatePath("/admin/box-office");
}

export async function cancelAtDeskAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  await requireStaff();
  const input = cancelInput.safeParse({
    bookingId: form.get("bookingId"),
    idempotencyKey: form.get("idempotencyKey"),
    scope: form.get("scope"),
    seatIds: form.getAll("seatId").map(String),
    currency: form.get("currency") ?? undefined,
    confirm: form.get("confirm") ?? "",
  });
  if (!input.success) return invalid(input.error);
  const { bookingId, idempotencyKey, scope, seatIds, currency } = input.data;
  if (scope === "some" && seatIds.length === 0) return { ok: false, message: "Choose the seats to cancel", fieldErrors: { seatId: ["Choose the seats to cancel"] } };
  const result = await cancelAtDesk({ bookingId, idempotencyKey, ...(scope === "some" ? { seatIds } : {}) });
  if (!result.ok) return refusal(result);
  refresh(bookingId);
  const seats = `${result.seatIds.length} ${result.seatIds.length === 1 ? "seat" : "seats"}`;
  return { ok: true, message: `Cancelled ${seats}; refund ${formatMoney(result.refundDueCents, currency)}` };
}

export async function resendLinkAction(_previous: ResendState, form: FormData): Promise<ResendState> {
  await requireStaff();
  const input = deskInput.safeParse({ bookingId: form.get("bookingId"), idempotencyKey: form.get("idempotencyKey") });
  if (!input.success) return invalid(input.error);
  const result = await resendLinkAtDesk(input.data);
  if (!result.ok) return refusal(result);
  refresh(input.data.bookingId);
  return { ok: true, message: "Recorded. Give the customer this link:", manageUrl: result.manageUrl };
}

export async function extendHoldAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  await requireStaff();
  const input = deskInput.safeParse({ bookingId: form.get("bookingId"), idempotencyKey: form.get("idempotencyKey") });
  if (!input.success) return invalid(input.error);
  const result = await extendHoldAtDesk(input.data);
  if (!result.ok) return refusal(result);
  refresh(input.data.bookingId);
  return { ok: true, message: `Hold extended until ${new Date(result.expiresAt).toISOString().slice(11, 16)} UTC` };
}
