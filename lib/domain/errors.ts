// Typed refusals of the domain. Each names what is wrong in words a UI can show as they are.
// Callers match on `code`, never on `instanceof`: Next.js bundles its own copy of these modules.

export type DomainErrorCode =
  | "INVALID_COMMAND"
  | "SHOW_NOT_FOUND"
  | "SHOW_ALREADY_EXISTS"
  | "SHOW_CANCELLED"
  | "SALES_CLOSED"
  | "UNKNOWN_SEATS"
  | "DUPLICATE_SEATS"
  | "SEATS_UNAVAILABLE"
  | "SEATS_NOT_REMOVABLE"
  | "TOO_MANY_SEATS"
  | "SEAT_LIMIT_REACHED"
  | "HOLD_NOT_FOUND"
  | "HOLD_EXPIRED"
  | "HOLD_NOT_EXPIRED"
  | "SEATS_NOT_IN_BOOKING"
  | "BOOKING_NOT_FOUND"
  | "BOOKING_ALREADY_EXISTS"
  | "BOOKING_NOT_HELD"
  | "BOOKING_NOT_CONFIRMED"
  | "EXTENSION_ALREADY_USED"
  | "PAYMENT_MISMATCH"
  | "PAYMENT_DECLINED"
  | "PAYMENT_TIMED_OUT"
  | "PAYMENT_MISSING"
  | "REFUND_TOO_LARGE";

export class DomainError extends Error {
  readonly kind = "DomainError" as const;
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly details: { seatIds?: string[]; [key: string]: unknown } = {},
  ) {
    super(message);
    this.name = "DomainError";
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return typeof error === "object" && error !== null && (error as { kind?: unknown }).kind === "DomainError";
}

import { seatNames, type SeatPlace } from "./seat-names";

const list = (ids: string[]) => ids.join(", ");

export const invalidCommand = (message: string) => new DomainError("INVALID_COMMAND", message);
/** Named as people read them ("Row F, seat 2"); the ids ride along for the seat map. */
export const seatsUnavailable = (seats: SeatPlace[]) =>
  new DomainError("SEATS_UNAVAILABLE", `${seatNames(seats)} ${seats.length === 1 ? "is" : "are"} no longer available`, {
    seatIds: seats.map((s) => s.seatId),
  });
export const unknownSeats = (seatIds: string[]) =>
  new DomainError("UNKNOWN_SEATS", `No such ${seatIds.length === 1 ? "seat" : "seats"} at this show: ${list(seatIds)}`, { seatIds });
export const duplicateSeats = (seatIds: string[]) =>
  new DomainError("DUPLICATE_SEATS", `Seats named more than once: ${list(seatIds)}`, { seatIds });
