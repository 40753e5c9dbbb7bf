// The raw baseline for the hold run: the same number of one-event transactions on one hot seats stream,
// each a SeatsHeld row for 1-4 random seats in the store's row format, with the expected-version check
// done by hand (read the max version, insert the next), through the driver alone.
import { seatsStreamId } from "../lib/domain/seats";
import { eventRow } from "./event-rows";
import { pickDistinct, randomInt, seededRandom } from "./random";
import type { RawAppendRun, RawDriver, RowFor } from "./raw/driver";

const HOLD_MS = 15 * 60_000;

type RawAppendOptions = { showId: string; seatIds: string[]; count: number; maxSeconds: number; callers: number; seed: number };

export function runRawAppends(driver: RawDriver, options: RawAppendOptions): Promise<RawAppendRun> {
  return driver.appendHot(
    seatsStreamId(options.showId),
    { count: options.count, maxMs: options.maxSeconds * 1000, concurrency: options.callers },
    seatsHeldRow(driver, options),
  );
}

/** The same appends in transactions of `batch` events: the driver's ceiling (null where not measured). */
export function runRawBatchedAppends(driver: RawDriver, options: RawAppendOptions & { batch: number }): Promise<RawAppendRun> | null {
  if (!driver.appendBatched) return null;
  return driver.appendBatched(
    seatsStreamId(options.showId),
    { count: options.count, maxMs: options.maxSeconds * 1000, concurrency: 1, batch: options.batch },
    seatsHeldRow(driver, options),
  );
}

function seatsHeldRow(driver: RawDriver, options: RawAppendOptions): RowFor {
  const random = seededRandom(options.seed + 7);
  return (version, i) => {
    const occurredAt = new Date();
    const seatIds = pickDistinct(random, options.seatIds, randomInt(random, 1, 4));
    const event = {
      type: "SeatsHeld",
      showId: options.showId,
      bookingId: `raw${i}`,
      seatIds,
      expiresAt: new Date(occurredAt.getTime() + HOLD_MS).toISOString(),
    };
    const metadata = { commandId: `raw-${options.showId}-${i}`, actor: "customer:raw", occurredAt };
    return eventRow(driver.kind, seatsStreamId(options.showId), version, event, metadata);
  };
}
