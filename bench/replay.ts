// The replay benchmark: load a long seat history with the raw driver (setup), then time the real
// projection rebuild of the seat view over it, and check the rebuilt rows against the history.
import { seatView } from "../lib/projections/seat-view";
import type { BookingSystem } from "../lib/system";
import type { DbKind } from "../lib/db/database";
import { seatsStreamId } from "../lib/domain/seats";
import { eventRow, type EventRowValues } from "./event-rows";
import { log } from "./log";
import { seededRandom } from "./random";
import type { RawDriver } from "./raw/driver";
import { ReplayLog, type SeatTally } from "./replay-log";
import { bigSeatMap } from "./seat-map";
import { stopwatch } from "./stats";

/** Rows per setup transaction: large enough to amortise the commit, small enough to keep memory flat. */
const SEED_BATCH: Record<DbKind, number> = { sqlite: 10_000, postgres: 5_000 };

/** Named as customers are today, by pseudonym (older cookie-named actors are masked on every read). */
const REPLAY_ACTOR = "customer:c_replayreplayreplayrepl";

export interface SeededLog {
  showId: string;
  events: number;
  seats: number;
  tally: SeatTally;
  ms: number;
}

export async function seedReplayLog(
  driver: RawDriver,
  options: { showId: string; events: number; seats: number; seed: number },
): Promise<SeededLog> {
  const seats = bigSeatMap(options.seats);
  const history = new ReplayLog(options.showId, seats, seededRandom(options.seed));
  const streamId = seatsStreamId(options.showId);
  const elapsed = stopwatch();
  const step = Math.max(1, Math.floor(options.events / 10));
  for (let version = 1; version <= options.events; ) {
    const rows: EventRowValues[] = [];
    const end = Math.min(options.events, version + SEED_BATCH[driver.kind] - 1);
    for (; version <= end; version++) {
      const { event, occurredAt } = history.next();
      rows.push(eventRow(driver.kind, streamId, version, event, { commandId: `replay-${version}`, actor: REPLAY_ACTOR, occurredAt }));
    }
    await driver.insertEvents(rows);
    if (Math.floor(end / step) > Math.floor((end - rows.length) / step)) log(`  seeded ${end.toLocaleString("en")} events`);
  }
  await driver.settle();
  return { showId: options.showId, events: options.events, seats: seats.length, tally: history.tally, ms: elapsed() };
}

/** Times ProjectionRunner.rebuild("seat-view"), then stops the projection again (the hold run wants it off). */
export async function rebuildSeatView(system: BookingSystem): Promise<number> {
  let reported = -10;
  const elapsed = stopwatch();
  await system.projections.rebuild(seatView.name, (p) => {
    if (p.percent >= reported + 10) {
      reported = p.percent;
      log(`  rebuild ${p.percent}% (position ${p.position.toLocaleString("en")} of ${p.target.toLocaleString("en")})`);
    }
  });
  const ms = elapsed();
  // rebuild() leaves the projection following the log.
  await system.projections.stop();
  return ms;
}

/** True when the rebuilt seat view has exactly as many available, held and booked seats as the history says. */
export async function seatViewMatches(system: BookingSystem, seeded: SeededLog): Promise<boolean> {
  const groups = await system.db.prisma.seatView.groupBy({ by: ["status"], where: { showId: seeded.showId }, _count: { _all: true } });
  const counted = Object.fromEntries(groups.map((g) => [g.status, g._count._all]));
  return (Object.keys(seeded.tally) as Array<keyof SeatTally>).every((status) => (counted[status] ?? 0) === seeded.tally[status]);
}
