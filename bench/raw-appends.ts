// The raw baseline for the hold run: the same number of one-event transactions on one hot seats stream,
// each a SeatsHeld row for 1-4 random seats in the store's row format, with the expected-version check
// done by hand (read the max version, insert the next), through the driver alone.
import { seatsStreamId } from "../lib/domain/seats";
import { eventRow } from "./event-rows";
import { pickDistinct, randomInt, seededRandom } from "./random";
import type { RawAppendRun, RawDriver } from "./raw/driver";

const HOLD_MS = 15 * 60_000;

export function runRawAppends(
  driver: RawDriver,
  options: { showId: string; seatIds: string[]; count: number; maxSeconds: number; callers: number; seed: number },
): Promise<RawAppendRun> {
  const random = seededRandom(options.seed + 7);
  const streamId = seatsStreamId(options.showId);
  return driver.appendHot(
    streamId,
    { count: options.count, maxMs: options.maxSeconds * 1000, concurrency: options.callers },
    (version, i) => {
      const occurredAt = new Date();
      const seatIds = pickDistinct(random, options.seatIds, randomInt(random, 1, 4));
      const event = {
        type: "SeatsHeld",
        showId: options.showId,
        bookingId: `raw${i}`,
        seatIds,
        expiresAt: new Date(occurredAt.getTime() + HOLD_MS).toISOString(),
      };
      return eventRow(driver.kind, streamId, version, event, { commandId: `raw-${options.showId}-${i}`, actor: "customer:raw", occurredAt });
    },
  );
}
