// Maps a refusal to an HTTP status and a JSON body; route handlers stay free of domain rules.
import { NextResponse } from "next/server";
import type { z } from "zod";
import type { Refusal, RefusalCode } from "../customers/refusal";
import { fieldErrorsOf, firstMessage } from "./inputs";

const STATUS: Partial<Record<RefusalCode, number>> = {
  SHOW_NOT_FOUND: 404,
  BOOKING_NOT_FOUND: 404,
  HOLD_NOT_FOUND: 404,
  SEATS_UNAVAILABLE: 409,
  SALES_CLOSED: 409,
  SHOW_CANCELLED: 409,
  BOOKING_NOT_HELD: 409,
  BOOKING_ALREADY_EXISTS: 409,
  EXTENSION_ALREADY_USED: 409,
  SEATS_NOT_REMOVABLE: 409,
  HOLD_EXPIRED: 410,
  PAYMENT_DECLINED: 402,
  PAYMENT_TIMED_OUT: 504,
  SEAT_LIMIT_REACHED: 409,
  RATE_LIMITED: 429,
};

export function statusFor(code: RefusalCode): number {
  return STATUS[code] ?? 400;
}

/** A refused step as JSON: its message, code and seats, and when to retry after a rate limit. */
export function refusalProblem(refusal: Refusal) {
  return NextResponse.json(
    { error: refusal.message, code: refusal.code, ...(refusal.seatIds ? { seatIds: refusal.seatIds } : {}) },
    {
      status: statusFor(refusal.code),
      ...(refusal.retryAfterSeconds ? { headers: { "Retry-After": String(refusal.retryAfterSeconds) } } : {}),
    },
  );
}

export function badRequest(error: z.ZodError) {
  return NextResponse.json({ error: firstMessage(error), code: "INVALID_INPUT", fieldErrors: fieldErrorsOf(error) }, { status: 400 });
}

export function notFound(message: string) {
  return NextResponse.json({ error: message, code: "NOT_FOUND" }, { status: 404 });
}

export function conflict(message: string) {
  return NextResponse.json({ error: message, code: "CONCURRENCY" }, { status: 409 });
}
