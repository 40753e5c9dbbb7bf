// Who is calling, on the customer side: the anonymous customer behind the `customer_id` cookie (a random
// bearer secret; the log only ever sees its pseudonym) and the client address server.ts decided.
import "server-only";
import { randomUUID } from "node:crypto";
import { cookies, headers } from "next/headers";
import { addressKey, CLIENT_ADDRESS_HEADER } from "../http/client-address";
import type { CommandContext } from "../commands/context";
import { bookingSystem, type BookingSystem } from "../system";
import { rateLimited, type StepResult } from "./refusal";

export const CUSTOMER_COOKIE = "customer_id";
const ONE_YEAR = 365 * 24 * 3600;
const COOKIE_VALUE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** What the customer steps need of a request, whichever server received it (Next.js, or the JSON fast path). */
export interface CallerRequest {
  cookie(name: string): string | undefined;
  header(name: string): string | null;
  setCookie(name: string, value: string, options: CookieOptions): void;
}

export interface CookieOptions {
  httpOnly: boolean;
  sameSite: "lax" | "strict";
  secure: boolean;
  path: string;
  maxAge: number;
}

/** The request Next.js is serving (pages, server actions, route handlers). */
export async function nextCallerRequest(): Promise<CallerRequest> {
  const jar = await cookies();
  const list = await headers();
  return { cookie: (name) => jar.get(name)?.value, header: (name) => list.get(name), setCookie: (name, value, options) => jar.set(name, value, options) };
}

export interface CustomerCaller {
  system: BookingSystem;
  request: CallerRequest;
  /** The customer's pseudonym, or null when the request carries no customer cookie. */
  customerId: string | null;
  /** The client address as rate limits key it (IPv6 by /64). */
  address: string;
}

/** Cheap and before any body is read: does the request carry a customer cookie at all? */
export async function hasCustomerCookie(): Promise<boolean> {
  return COOKIE_VALUE.test((await cookies()).get(CUSTOMER_COOKIE)?.value ?? "");
}

export async function customerCaller(from?: CallerRequest): Promise<CustomerCaller> {
  const request = from ?? (await nextCallerRequest());
  const system = await bookingSystem();
  const cookie = request.cookie(CUSTOMER_COOKIE);
  const address = addressKey(request.header(CLIENT_ADDRESS_HEADER) ?? "");
  return { system, request, customerId: cookie && COOKIE_VALUE.test(cookie) ? system.secrets.pseudonymOf(cookie) : null, address };
}

/**
 * The caller with a customer identity, made now (a new cookie) when it has none. New identities are
 * limited per address: without that, a client that drops its cookie would be a new customer every time.
 */
export async function identifiedCustomer(caller: CustomerCaller): Promise<StepResult<{ customerId: string }>> {
  if (caller.customerId) return { ok: true, customerId: caller.customerId };
  const allowed = await caller.system.limits.newCustomer(caller.address);
  if (!allowed.allowed) return rateLimited("Too many new visitors have come from your network recently.", allowed.retryAfterSeconds);
  const cookie = randomUUID();
  caller.request.setCookie(CUSTOMER_COOKIE, cookie, {
    httpOnly: true,
    sameSite: "lax",
    secure: process.env.NODE_ENV === "production",
    path: "/",
    maxAge: ONE_YEAR,
  });
  return { ok: true, customerId: caller.system.secrets.pseudonymOf(cookie) };
}

/**
 * A customer's command context. The idempotency key is scoped to the customer and the kind of command, so a
 * retried request is the same command and one customer's key never collides with another's. Only the
 * pseudonym is written, never the cookie.
 */
export function customerCommand(kind: string, customerId: string, idempotencyKey: string): CommandContext {
  return { commandId: `${kind}:${customerId}:${idempotencyKey}`, actor: `customer:${customerId}` };
}
