// Checking a staff password, with repeated failures slowed down (per client address).
import { createHash, timingSafeEqual } from "node:crypto";
import bcrypt from "bcryptjs";
import { staffSecrets } from "../config/env";

const failures = new Map<string, { count: number; last: number }>();
const FORGET_AFTER_MS = 15 * 60_000;

/** How long to wait before answering the next attempt from this client: doubles with each failure. */
export function delayFor(client: string, now = Date.now()): number {
  const entry = failures.get(client);
  if (!entry || now - entry.last > FORGET_AFTER_MS) return 0;
  return Math.min(8000, 250 * 2 ** (entry.count - 1));
}

export function recordFailure(client: string, now = Date.now()): void {
  const entry = failures.get(client);
  failures.set(client, { count: entry && now - entry.last <= FORGET_AFTER_MS ? entry.count + 1 : 1, last: now });
}

export function recordSuccess(client: string): void {
  failures.delete(client);
}

function sameText(a: string, b: string): boolean {
  const digest = (s: string) => createHash("sha256").update(s).digest();
  return timingSafeEqual(digest(a), digest(b));
}

export async function passwordMatches(candidate: string, configured = staffSecrets().password): Promise<boolean> {
  return configured.startsWith("$2") ? bcrypt.compare(candidate, configured) : sameText(candidate, configured);
}
