// Per-address limits at the edge: how many new customer identities and hold requests one client address
// may make. Counted by rate-limiter-flexible: in memory with one process on SQLite, in PostgreSQL's
// `rate_limits` table when several instances share a PostgreSQL database, so every instance sees the
// same counts. The fair-use limit on seats per customer lives in the seat aggregate, not here.
import pg from "pg";
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import type { Rate } from "../config/env";

export interface EdgeLimitsConfig {
  enabled: boolean;
  newCustomers: Rate;
  holds: Rate;
  /** Seats newly held per address: bounds how many seats one address can keep blocked at once. */
  heldSeats: Rate;
}

/** The limits switched off: tests and scripts, and `RATE_LIMITS=off`. */
export const EDGE_LIMITS_OFF: EdgeLimitsConfig = {
  enabled: false,
  newCustomers: { points: 1, seconds: 1 },
  holds: { points: 1, seconds: 1 },
  heldSeats: { points: 1, seconds: 1 },
};

/** Allowed, or refused with the seconds until the next attempt would be allowed. */
export type LimitDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export interface EdgeLimits {
  readonly enabled: boolean;
  /** One new customer identity for this address key. */
  newCustomer(addressKey: string): Promise<LimitDecision>;
  /** One hold request from this address key, whatever comes of it. */
  hold(addressKey: string): Promise<LimitDecision>;
  /** `seats` more seats held from this address key (give them back with `unheld` if the hold does not happen). */
  heldSeats(addressKey: string, seats: number): Promise<LimitDecision>;
  /** Seats counted by `heldSeats` that were not held after all (refused, or a retried hold). */
  unheld(addressKey: string, seats: number): Promise<void>;
  close(): Promise<void>;
}

const ALLOWED: LimitDecision = { allowed: true };

async function consume(limiter: RateLimiterAbstract, key: string, points = 1): Promise<LimitDecision> {
  try {
    await limiter.consume(key, points);
    return ALLOWED;
  } catch (refusal) {
    // A store failure is not a refusal: fail open for the edge limit (the seat aggregate still holds) and say so.
    if (!(refusal instanceof RateLimiterRes)) {
      console.error("Rate limit store failed; letting the request through", refusal);
      return ALLOWED;
    }
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(refusal.msBeforeNext / 1000)) };
  }
}

/** `postgresUrl`: share the counts through PostgreSQL (several instances); otherwise this process's memory. */
export function edgeLimits(config: EdgeLimitsConfig, postgresUrl?: string): EdgeLimits {
  if (!config.enabled)
    return {
      enabled: false,
      newCustomer: async () => ALLOWED,
      hold: async () => ALLOWED,
      heldSeats: async () => ALLOWED,
      unheld: async () => undefined,
      close: async () => undefined,
    };
  const pool = postgresUrl ? new pg.Pool({ connectionString: postgresUrl, max: 3 }) : null;
  const limiter = (keyPrefix: string, rate: Rate): RateLimiterAbstract =>
    pool
      ? new RateLimiterPostgres({
          storeClient: pool,
          storeType: "pool",
          tableName: "rate_limits",
          tableCreated: true,
          clearExpiredByTimeout: true,
          keyPrefix,
          points: rate.points,
          duration: rate.seconds,
        })
      : new RateLimiterMemory({ keyPrefix, points: rate.points, duration: rate.seconds });
  const newCustomers = limiter("new-customer", config.newCustomers);
  const holds = limiter("hold", config.holds);
  const seats = limiter("held-seats", config.heldSeats);
  return {
    enabled: true,
    newCustomer: (key) => consume(newCustomers, key),
    hold: (key) => consume(holds, key),
    heldSeats: async (key, count) => {
      const decision = await consume(seats, key, count);
      // A refused budget holds nothing: its seats must not stay counted.
      if (!decision.allowed) await seats.reward(key, count).catch(() => undefined);
      return decision;
    },
    unheld: async (key, count) => {
      await seats.reward(key, count).catch((error: unknown) => console.error("Rate limit store failed to give seats back", error));
    },
    close: async () => {
      await pool?.end();
    },
  };
}
