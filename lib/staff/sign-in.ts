// Checking a staff password, one attempt at a time per client address (sign-in-throttle.ts).
import { createHash, timingSafeEqual } from "node:crypto";
import bcrypt from "bcryptjs";
import { env, staffSecrets } from "../config/env";
import { addressKey, CLIENT_ADDRESS_HEADER } from "../http/client-address";
import { SignInThrottle, type SignInOutcome } from "./sign-in-throttle";

export const TOO_MANY_FAILURES = "Too many failed sign-ins right now; try again in a minute";
export const WRONG_PASSWORD = "That password is not right";

function sameText(a: string, b: string): boolean {
  const digest = (s: string) => createHash("sha256").update(s).digest();
  return timingSafeEqual(digest(a), digest(b));
}

export async function passwordMatches(candidate: string, configured = staffSecrets().password): Promise<boolean> {
  return configured.startsWith("$2") ? bcrypt.compare(candidate, configured) : sameText(candidate, configured);
}

/**
 * Whom a sign-in attempt is counted against: the client address server.ts decided (it overwrites this
 * header on every request, trusting X-Forwarded-For only from TRUSTED_PROXIES), by addressKey (an IPv6
 * address by its /64). Never X-Forwarded-For itself, which any client can set to anything.
 */
export function signInKey(headers: Headers): string {
  return addressKey(headers.get(CLIENT_ADDRESS_HEADER) ?? "");
}

// One throttle per process, shared by every copy of this module Next.js may load.
const KEY = Symbol.for("seat-booking.sign-in-throttle");
type Global = typeof globalThis & { [KEY]?: SignInThrottle };

export function signInThrottle(): SignInThrottle {
  const g = globalThis as Global;
  g[KEY] ??= new SignInThrottle({ failuresPerMinute: env().SIGN_IN_FAILURES_PER_MINUTE });
  return g[KEY];
}

/** One staff sign-in attempt from these request headers: in line, slowed, and within the ceiling. */
export async function checkStaffPassword(headers: Headers, password: string): Promise<SignInOutcome> {
  return signInThrottle().attempt(signInKey(headers), () => passwordMatches(password));
}
