// A running booking system on a fresh test database of each engine, with a clock tests can move.
import { afterAll, beforeAll } from "vitest";
import { startSystem, type BookingSystem } from "../system";
import { describeEachDatabase } from "./databases";
import { arena } from "../demo/venues";
import { publishShow, scheduleShow } from "../commands/shows";
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
        slowPaymentMs: 50,
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
