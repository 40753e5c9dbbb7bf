// A simulated card payment provider with the usual test cards. It stands in for a real provider's
// API at the same seam (authorize with an idempotency key), so the checkout flow is the real one.
import { createHash } from "node:crypto";

export const TEST_CARDS = {
  succeeds: "4242424242424242",
  declined: "4000000000000002",
  /** Answers only after a long wait, then fails: the checkout gives up first and reports a timeout. */
  slowFailure: "4000000000000119",
} as const;

/** How long a checkout waits for the provider before reporting the attempt as timed out. */
export const PAYMENT_TIMEOUT_MS = 5_000;

export type AuthorizationResult =
  | { ok: true; paymentId: string; cardLast4: string }
  | { ok: false; reason: string; failure: "declined" | "timed_out" };

export interface PaymentProvider {
  authorize(request: { idempotencyKey: string; amountCents: number; currency: string; cardNumber: string }): Promise<AuthorizationResult>;
}

/** Luhn check: a mistyped number is refused before it reaches the provider. */
export function isValidCardNumber(cardNumber: string): boolean {
  const digits = cardNumber.replace(/[\s-]/g, "");
  if (!/^\d{12,19}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

export function simulatedPaymentProvider(options: { slowMs?: number } = {}): PaymentProvider {
  return {
    async authorize({ idempotencyKey, amountCents, cardNumber }) {
      const digits = cardNumber.replace(/[\s-]/g, "");
      const paymentId = `pay_${createHash("sha256").update(idempotencyKey).digest("hex").slice(0, 20)}`;
      if (!isValidCardNumber(digits)) return { ok: false, reason: "The card number is not valid", failure: "declined" };
      if (amountCents <= 0) return { ok: false, reason: "Nothing to pay", failure: "declined" };
      if (digits === TEST_CARDS.declined) return { ok: false, reason: "The card was declined", failure: "declined" };
      if (digits === TEST_CARDS.slowFailure) {
        await new Promise((r) => setTimeout(r, options.slowMs ?? 8000));
        return { ok: false, reason: "The payment provider did not answer in time", failure: "timed_out" };
      }
      return { ok: true, paymentId, cardLast4: digits.slice(-4) };
    },
  };
}
