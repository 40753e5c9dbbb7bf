// The hold run: concurrent callers send hold commands for 1-4 random seats of one hot show through the
// real handler (holdSeats), each with its own idempotency key, and every command's latency is kept.
import { holdSeats } from "../lib/commands/holds";
import type { CommandDeps } from "../lib/commands/context";
import { log } from "./log";
import { pickDistinct, randomInt, seededRandom } from "./random";
import { stopwatch } from "./stats";

export interface HoldRun {
  attempted: number;
  succeeded: number;
  /** Domain refusals (a seat already taken): answered, nothing written. */
  refused: number;
  refusedBy: Record<string, number>;
  /** Commands that threw: a bug or an infrastructure failure, never expected. */
  failed: number;
  firstFailure: string | null;
  ms: number;
  latencies: Float64Array;
}

export async function runHolds(
  deps: CommandDeps,
  options: {
    showId: string;
    seatIds: string[];
    holds: number;
    callers: number;
    seed: number;
    /** Numbers this run's holds from here (several instances share one log; command ids must not collide). */
    firstHold?: number;
  },
): Promise<HoldRun> {
  const run: HoldRun = {
    attempted: 0,
    succeeded: 0,
    refused: 0,
    refusedBy: {},
    failed: 0,
    firstFailure: null,
    ms: 0,
    latencies: new Float64Array(options.holds),
  };
  const step = Math.max(1, Math.floor(options.holds / 10));
  let next = 0;

  const caller = async (number: number) => {
    const first = options.firstHold ?? 0;
    const random = seededRandom(options.seed * 1000 + first + number);
    for (let i = next++; i < options.holds; i = next++) {
      const seatIds = pickDistinct(random, options.seatIds, randomInt(random, 1, 4));
      // Every hold its own customer: the per-customer seat limit is not what this measures.
      const customerId = `bench-customer-${first + i}`;
      const context = { commandId: `bench-${options.showId}-hold-${first + i}`, actor: `customer:${customerId}` };
      const started = performance.now();
      try {
        const outcome = await holdSeats(deps, { showId: options.showId, seatIds, customerId }, context);
        if (outcome.ok) run.succeeded += 1;
        else {
          run.refused += 1;
          run.refusedBy[outcome.error.code] = (run.refusedBy[outcome.error.code] ?? 0) + 1;
        }
      } catch (error) {
        run.failed += 1;
        run.firstFailure ??= String(error);
      }
      run.latencies[i] = performance.now() - started;
      run.attempted += 1;
      if (run.attempted % step === 0) log(`  ${run.attempted.toLocaleString("en")} holds`);
    }
  };

  const elapsed = stopwatch();
  await Promise.all(Array.from({ length: options.callers }, (_, n) => caller(n + 1)));
  run.ms = elapsed();
  return run;
}
