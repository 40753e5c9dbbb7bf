// Input schemas for every edge (server actions and the JSON API): bad input never reaches a handler.
import { z } from "zod";
import { MAX_SEATS_PER_HOLD } from "../domain/seats";

export const showIdSchema = z.string().trim().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, "Not a show id");
export const bookingIdSchema = z.string().trim().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, "Not a booking id");
export const seatIdSchema = z.string().trim().min(1).max(32).regex(/^[A-Za-z0-9-]+$/, "Not a seat id");
export const idempotencyKeySchema = z.string().trim().min(8, "An idempotency key needs at least 8 characters").max(100);

export const holdInput = z.object({
  seatIds: z
    .array(seatIdSchema)
    .min(1, "Choose at least one seat")
    .max(MAX_SEATS_PER_HOLD, `At most ${MAX_SEATS_PER_HOLD} seats can be held at once`),
  idempotencyKey: idempotencyKeySchema,
});

export const paymentInput = z.object({
  customerName: z.string().trim().min(1, "Enter your name").max(120),
  customerEmail: z.string().trim().email("Enter a valid email address").max(200),
  cardNumber: z
    .string()
    .trim()
    .transform((s) => s.replace(/[\s-]/g, ""))
    .pipe(z.string().regex(/^\d{12,19}$/, "Enter the card number (12 to 19 digits)")),
  idempotencyKey: idempotencyKeySchema,
});

export const cancelInput = z.object({
  /** Omitted: cancel the whole booking. */
  seatIds: z.array(seatIdSchema).min(1).max(50).optional(),
  idempotencyKey: idempotencyKeySchema,
});

export const lookupInput = z.object({
  reference: z.string().trim().min(4, "Enter your booking reference").max(20),
  email: z.string().trim().email("Enter the email address you booked with").max(200),
});

/** A section's name as its seats carry it ("East stand"): the path segment of a section's seats. */
export const sectionNameSchema = z.string().trim().min(1).max(64);

export const bestSeatsQuery = z.object({
  count: z.coerce.number().int().min(1).max(MAX_SEATS_PER_HOLD),
  tier: z.string().trim().min(1).max(64).optional(),
});

export const changesQuery = z.object({ after: z.coerce.number().int().min(0).default(0) });

export type FieldErrors = Record<string, string[] | undefined>;

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  return z.flattenError(error).fieldErrors as FieldErrors;
}

export function firstMessage(error: z.ZodError): string {
  return error.issues[0]?.message ?? "Invalid input";
}
