// Demo data: three published shows, with bookings made through the real commands, so the event log
// tells a true story. Command ids are fixed, so seeding twice changes nothing.
import { holdSeats } from "../commands/holds";
import { payForBooking } from "../commands/checkout";
import { publishShow, scheduleShow } from "../commands/shows";
import { releaseHold } from "../commands/holds";
import type { BookingSystem } from "../system";
import { exclusively, LOCKS } from "../db/advisory-lock";
import { TEST_CARDS } from "../payments/simulated-provider";
import type { SeatSpec } from "../domain/seats";
import { utcToVenueTime, venueTimeToUtc } from "../domain/venue-time";
import { arena, arenaLayout, concertHall, concertHallLayout, theatre, theatreLayout } from "./venues";

const DAY = 86_400_000;

/** 19:30 on the venue's clock, `days` from now: when a venue would start an evening show. */
function eveningIn(days: number, now: Date, timeZone: string): string {
  const date = utcToVenueTime(new Date(now.getTime() + days * DAY), timeZone).slice(0, 10);
  return venueTimeToUtc(`${date}T19:30`, timeZone) as string;
}

/** A small deterministic generator: the same demo every time. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

const demoShows = (now: Date) => [
  {
    showId: "hamlet",
    title: "Hamlet",
    venue: "The Globe Studio",
    description: "Shakespeare's tragedy in a new production, close up in a 150-seat room.",
    startsAt: eveningIn(14, now, "Europe/London"),
    timeZone: "Europe/London",
    seats: theatre(),
    layout: theatreLayout(),
    bookings: 14,
  },
  {
    showId: "ninth",
    title: "Beethoven: Symphony No. 9",
    venue: "Riverside Concert Hall",
    description: "The City Philharmonic and chorus, with the Ode to Joy.",
    startsAt: eveningIn(30, now, "Europe/Berlin"),
    timeZone: "Europe/Berlin",
    seats: concertHall(),
    layout: concertHallLayout(),
    bookings: 40,
  },
  {
    showId: "arena-tour",
    title: "Northern Lights — World Tour",
    venue: "Harbour Arena",
    description: "The band's stadium show comes to the arena for one night.",
    startsAt: eveningIn(60, now, "Europe/Dublin"),
    timeZone: "Europe/Dublin",
    seats: arena(),
    layout: arenaLayout(),
    bookings: 60,
  },
];

function pickAdjacent(seats: SeatSpec[], taken: Set<string>, count: number, next: () => number): string[] {
  for (let attempt = 0; attempt < 50; attempt++) {
    const start = Math.floor(next() * seats.length);
    const run = seats.slice(start, start + count);
    if (run.length === count && run.every((s) => s.row === run[0]?.row && s.section === run[0]?.section && !taken.has(s.seatId)))
      return run.map((s) => s.seatId);
  }
  return [];
}

/**
 * Seeds an empty database and answers true; answers false when there are events already. Instances starting
 * together take turns (an advisory lock on PostgreSQL), so the first seeds and the others find its events.
 */
export function seedDemoData(system: BookingSystem, log: (line: string) => void = console.log): Promise<boolean> {
  return exclusively(system.db.url, LOCKS.demoSeed, async () => {
    if ((await system.store.headPosition()) > 0) return false;
    await seedEmptyDatabase(system, log);
    return true;
  });
}

async function seedEmptyDatabase(system: BookingSystem, log: (line: string) => void): Promise<void> {
  const deps = system.deps;
  const staff = { actor: "staff:demo-seed" };
  for (const show of demoShows(deps.now())) {
    const scheduled = await scheduleShow(deps, { ...show, currency: "EUR" }, { ...staff, commandId: `seed:${show.showId}` });
    if (!scheduled.ok) throw new Error(`Seeding ${show.title} failed: ${scheduled.error.message}`);
    await publishShow(deps, show.showId, { ...staff, commandId: `seed:${show.showId}:publish` });

    const next = random(show.seats.length);
    const taken = new Set<string>();
    for (let n = 0; n < show.bookings; n++) {
      const seatIds = pickAdjacent(show.seats, taken, 2 + Math.floor(next() * 4), next);
      if (seatIds.length === 0) continue;
      seatIds.forEach((id) => taken.add(id));
      // Named as the log names every customer: by pseudonym.
      const customerId = system.secrets.pseudonymOf(`demo-customer-${show.showId}-${n}`);
      const context = { actor: `customer:${customerId}`, commandId: `seed:${show.showId}:hold:${n}` };
      const held = await holdSeats(deps, { showId: show.showId, seatIds, customerId }, context);
      if (!held.ok) continue;
      if (n % 7 === 6) {
        // Some visitors change their mind: the log shows the hold and its release.
        await releaseHold(deps, { bookingId: held.bookingId, customerId }, { ...context, commandId: `${context.commandId}:release` });
        seatIds.forEach((id) => taken.delete(id));
        continue;
      }
      await payForBooking(
        deps,
        {
          bookingId: held.bookingId,
          customerId,
          cardNumber: TEST_CARDS.succeeds,
          customerName: `Demo Customer ${n + 1}`,
          customerEmail: `customer${n + 1}@example.com`,
        },
        { ...context, commandId: `${context.commandId}:pay` },
      );
    }
    log(`Seeded ${show.title}: ${show.seats.length} seats`);
  }
}
