// The anonymous customer: a random id in an httpOnly cookie. Holds and bookings belong to it, so
// nobody reaches another person's checkout by guessing a URL.
import { randomUUID } from "node:crypto";
import { cookies } from "next/headers";

export const CUSTOMER_COOKIE = "customer_id";
const ONE_YEAR = 365 * 24 * 3600;

export async function currentCustomerId(): Promise<string | null> {
  const value = (await cookies()).get(CUSTOMER_COOKIE)?.value;
  return value && /^[0-9a-f-]{36}$/.test(value) ? value : null;
}

/** In a server action or route handler: the customer's id, created on first use. */
export async function ensureCustomerId(): Promise<string> {
  const existing = await currentCustomerId();
  if (existing) return existing;
  const id = randomUUID();
  (await cookies()).set(CUSTOMER_COOKIE, id, {
    httpOnly: true,
    sameSite: "lax",
    secure: process.env.NODE_ENV === "production",
    path: "/",
    maxAge: ONE_YEAR,
  });
  return id;
}

/**
 * A customer's command context. The idempotency key is scoped to the customer and the kind of command,
 * so a retried request is the same command and one customer's key never collides with another's.
 */
export function customerCommand(kind: string, customerId: string | null, idempotencyKey: string) {
  return { commandId: `${kind}:${customerId ?? "anonymous"}:${idempotencyKey}`, actor: `customer:${customerId ?? "anonymous"}` };
}
