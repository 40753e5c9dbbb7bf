// A simulated card payment provider with the usual test cards. It stands in for a real provider's
// API at the same seam (authorize with an idempotency key), so the checkout flow is the real one.
import { createHash } from "node:crypto";

export const TEST_CARDS = {
  succeeds: "4242424242424242",
  declined: "4000000000000002",
  /** Answers only after a long wait, then fails: the provider timed out on its side. */
  slowFailure: "4000000000000119",
} as const;

export type AuthorizationResult =
  | { ok: true; paymentId: string; cardLast4: string }
  | { ok: false; reason: string; declined: boolean };

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
      if (!isValidCardNumber(digits)) return { ok: false, reason: "The card number is not valid", declined: true };
      if (amountCents <= 0) return { ok: false, reason: "Nothing to pay", declined: true };
      if (digits === TEST_CARDS.declined) return { ok: false, reason: "The card was declined", declined: true };
      if (digits === TEST_CARDS.slowFailure) {
        await new Promise((r) => setTimeout(r, options.slowMs ?? 8000));
        return { ok: false, reason: "The payment provider did not answer in time", declined: false };
      }
      return { ok: true, paymentId, cardLast4: digits.slice(-4) };
    },
  };
}
