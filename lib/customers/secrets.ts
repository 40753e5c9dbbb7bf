// Secrets derived from SESSION_SECRET for the customer side: the pseudonym that stands for a customer in
// the event log (never the cookie, which is a bearer secret), and the key of a booking's manage link.
// Derived with HMAC-SHA256 under separate labels, so neither can be computed from the other or from ids.
import { createHmac, timingSafeEqual } from "node:crypto";

export interface CustomerSecrets {
  /** The log's name for the customer behind a cookie value: `c_` + 22 base64url characters. */
  pseudonymOf(cookieValue: string): string;
  /** The secret of a booking's manage link: whoever has it (with the reference) may see and cancel the booking. */
  manageKeyOf(bookingId: string): string;
  /** Constant-time check of a presented manage key. */
  isManageKey(bookingId: string, presented: string): boolean;
}

const PSEUDONYM = /^c_[A-Za-z0-9_-]{22}$/;

export const isPseudonym = (value: string) => PSEUDONYM.test(value);

export function customerSecrets(sessionSecret: string): CustomerSecrets {
  const derive = (label: string) => createHmac("sha256", sessionSecret).update(label).digest();
  const pseudonymKey = derive("seat-booking/customer-pseudonym/v1");
  const manageKey = derive("seat-booking/manage-link/v1");
  const mac = (key: Buffer, value: string) => createHmac("sha256", key).update(value).digest("base64url");
  return {
    // Idempotent: a value that already is a pseudonym stays as it is (masking old events twice is harmless).
    pseudonymOf: (cookieValue) => (isPseudonym(cookieValue) ? cookieValue : `c_${mac(pseudonymKey, cookieValue).slice(0, 22)}`),
    manageKeyOf: (bookingId) => mac(manageKey, bookingId).slice(0, 32),
    isManageKey(bookingId, presented) {
      const expected = Buffer.from(mac(manageKey, bookingId).slice(0, 32));
      const given = Buffer.from(presented);
      return given.length === expected.length && timingSafeEqual(given, expected);
    },
  };
}
