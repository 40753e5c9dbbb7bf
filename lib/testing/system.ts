// A running booking system on a fresh test database of each engine, with a clock tests can move.
import { afterAll, beforeAll } from "vitest";
import { startSystem, type BookingSystem } from "../system";
import { describeEachDatabase } from "./databases";
import { arena } from "../demo/venues";
import { publishShow, scheduleShow } from "../commands/shows";
import { holdSeats } from "../commands/holds";
import { payForBooking } from "../commands/checkout";
import { TEST_CARDS } from "../payments/simulated-provider";
import type { SeatSpec } from "../domain/seats";

export interface TestClock {
  now(): Date;
  advance(ms: number): void;
}

export function testClock(): TestClock {
  let offset = 0;
  return { now: () => new Date(Date.now() + offset), advance: (ms) => (offset += ms) };
}

export function describeEachSystem(
  name: string,
  body: (system: () => BookingSystem, clock: TestClock, url: () => string) => void,
  options: { holdTtlSeconds?: number } = {},
) {
  describeEachDatabase(name, (_db, info) => {
    const clock = testClock();
    let system: BookingSystem;
    beforeAll(async () => {
      system = await startSystem({
        databaseUrl: info().url,
        holdTtlSeconds: options.holdTtlSeconds ?? 60,
        now: clock.now,
        projectionOptions: { pollMs: 25 },
        // The slow card answers after 50 ms; the checkout gives up after 20 (a timeout).
        slowPaymentMs: 50,
        paymentTimeoutMs: 20,
      });
    });
    afterAll(async () => {
      await system?.stop();
    });
    body(
      () => system,
      clock,
      () => info().url,
    );
  });
}

let shows = 0;
/** Schedules and publishes a show with the given seats (a small arena slice by default). */
export async function showOnSale(system: BookingSystem, seats: SeatSpec[] = arena().slice(0, 200)): Promise<string> {
  shows += 1;
  const showId = `show${shows}${Date.now().toString(36)}`;
  const scheduled = await scheduleShow(
    system.deps,
    {
      showId,
      title: `Test show ${shows}`,
      venue: "Test venue",
      description: "",
      startsAt: new Date(system.deps.now().getTime() + 7 * 86_400_000).toISOString(),
      timeZone: "Europe/London",
      currency: "EUR",
      seats,
    },
    { commandId: `${showId}:schedule`, actor: "staff:test" },
  );
  if (!scheduled.ok) throw new Error(scheduled.error.message);
  const published = await publishShow(system.deps, showId, { commandId: `${showId}:publish`, actor: "staff:test" });
  if (!published.ok) throw new Error(published.error.message);
  return showId;
}

/** Holds and pays for seats with a card that succeeds. */
export async function bookSeats(system: BookingSystem, showId: string, seatIds: string[], customerId: string) {
  const context = (step: string) => ({ actor: `customer:${customerId}`, commandId: `${showId}:${customerId}:${seatIds.join(",")}:${step}` });
  const held = await holdSeats(system.deps, { showId, seatIds, customerId }, context("hold"));
  if (!held.ok) throw new Error(held.error.message);
  const paid = await payForBooking(
    system.deps,
    { bookingId: held.bookingId, customerId, cardNumber: TEST_CARDS.succeeds, customerName: "Test", customerEmail: `${customerId}@example.com` },
    context("pay"),
  );
  if (!paid.ok) throw new Error(paid.error.message);
  return { bookingId: held.bookingId, reference: paid.reference };
}

/**
 * Waits until the process manager and the projections have caught up with the log and their reactions
 * stopped appending; answers the head position then.
 */
export async function settle(system: BookingSystem, timeoutMs = 10_000): Promise<number> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const head = await system.store.headPosition();
    const left = () => Math.max(1, until - Date.now());
    if (system.processManager.isRunning && !(await system.processManager.waitFor(head, left())))
      throw new Error(`The process manager did not reach ${head}`);
    if (!(await system.projections.waitFor(head, left()))) throw new Error(`The projections did not reach ${head}`);
    if ((await system.store.headPosition()) === head) return head;
    if (Date.now() > until) throw new Error("The log kept growing");
  }
}

/** Polls until `check` answers something truthy. */
export async function eventually<T>(check: () => Promise<T>, timeoutMs = 5000, everyMs = 20): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > until) throw new Error(`Still not so after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
