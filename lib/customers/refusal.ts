// What a customer step answers when it does not go ahead: a domain refusal as it is, or an edge refusal
// (too many requests from one address). Server actions and routes only map it to their own edge.
import type { DomainError, DomainErrorCode } from "../domain/errors";

export type RefusalCode = DomainErrorCode | "RATE_LIMITED";

export interface Refusal {
  code: RefusalCode;
  message: string;
  /** The seats the refusal is about, when it is about seats. */
  seatIds?: string[];
  /** For RATE_LIMITED: when trying again can work. */
  retryAfterSeconds?: number;
}

export type StepResult<T extends object> = ({ ok: true } & T) | { ok: false; error: Refusal };

export const refused = (error: DomainError): { ok: false; error: Refusal } => ({
  ok: false,
  error: { code: error.code, message: error.message, ...(error.details.seatIds ? { seatIds: error.details.seatIds } : {}) },
});

/** Someone else's booking, a booking that does not exist and a request without a customer all read the same. */
export const noSuchBooking = (): { ok: false; error: Refusal } => ({
  ok: false,
  error: { code: "BOOKING_NOT_FOUND", message: "There is no such booking" },
});

export function rateLimited(what: string, retryAfterSeconds: number): { ok: false; error: Refusal } {
  const minutes = Math.ceil(retryAfterSeconds / 60);
  const wait = retryAfterSeconds < 90 ? `${retryAfterSeconds} seconds` : `${minutes} minutes`;
  return { ok: false, error: { code: "RATE_LIMITED", message: `${what} Please try again in ${wait}.`, retryAfterSeconds } };
}
