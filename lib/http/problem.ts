// Maps a refusal to an HTTP status and a JSON body; route handlers stay free of domain rules.
import { NextResponse } from "next/server";
import type { z } from "zod";
import type { DomainError, DomainErrorCode } from "../domain/errors";
import { fieldErrorsOf, firstMessage } from "./inputs";

const STATUS: Partial<Record<DomainErrorCode, number>> = {
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
};

export function statusFor(code: DomainErrorCode): number {
  return STATUS[code] ?? 400;
}

export function domainProblem(error: DomainError) {
  return NextResponse.json(
    { error: error.message, code: error.code, ...(error.details.seatIds ? { seatIds: error.details.seatIds } : {}) },
    { status: statusFor(error.code) },
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

/** Reads a JSON body; a body that is not JSON is bad input like any other. */
export async function jsonBody(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    return undefined;
  }
}
