// `npm run bench [-- --json] [--db postgres]`: measures the hold command path against the raw driver,
// and a seat-view rebuild over a million events against a raw read of them, in a fresh database.
import { seatsStreamId } from "../lib/domain/seats";
import { startSystem } from "../lib/system";
import { parseBenchArgs, UsageError, type BenchArgs } from "./args";
import { checkDoubleBooking } from "./double-booking";
import { runHolds } from "./holds";
import { runHoldsAcrossInstances } from "./holds-across-instances";
import { openHotShow } from "./hot-show";
import { log } from "./log";
import { machineInfo } from "./machine";
import { openRawDriver } from "./raw/driver";
import { runRawAppends, runRawBatchedAppends } from "./raw-appends";
import { rebuildSeatView, seatViewMatches, seedReplayLog } from "./replay";
import { buildReplayResult, buildResult, printReplayResult, printResult, type BenchResult } from "./report";
import { bigSeatMap } from "./seat-map";
import { stopwatch } from "./stats";
import { createTarget, type BenchTarget } from "./target";

type ReplayResult = ReturnType<typeof buildReplayResult>;

const HOT_SHOW = "hot";
const REPLAY_SHOW = "replay";
const RAW_SHOW = "rawbench";
const RAW_SINGLE_SHOW = "rawsingle";
const RAW_BATCHED_SHOW = "rawbatched";
/** Events per transaction of the batched raw baseline (a bulk load's size). */
const RAW_BATCH = 10_000;
/** ProjectionRunner's default batch size: the raw read pages the same way. */
const READ_PAGE = 1000;

async function bench(args: BenchArgs, target: BenchTarget): Promise<BenchResult | ReplayResult> {
  const total = stopwatch();
  const system = await startSystem({
    databaseUrl: target.url,
    holdTtlSeconds: 900,
    // Nothing may compete with what is measured; the process manager would also chase the replayed
    // log's holds, whose bookings were never written.
    runProjections: false,
    runProcessManager: false,
  });
  const driver = openRawDriver(target.kind, target.url);
  try {
    const engine = await driver.serverVersion();

    // Replay first: the log then holds only the replayed show, so the rebuild and the raw read cover
    // exactly the same events (and the hot show's giant SeatsAdded stays out of the rebuild).
    log(`loading ${args.replayEvents.toLocaleString("en")} seat events (${args.replaySeats.toLocaleString("en")} seats) with the raw driver`);
    const seeded = await seedReplayLog(driver, { showId: REPLAY_SHOW, events: args.replayEvents, seats: args.replaySeats, seed: args.seed });
    log(`rebuilding seat-view`);
    const rebuildMs = await rebuildSeatView(system);
    const seatViewMatchesLog = await seatViewMatches(system, seeded);
    log(`raw read of the same events`);
    const readTime = stopwatch();
    const rawReadEvents = await driver.readCategory("seats", READ_PAGE);
    const rawRead = { events: rawReadEvents, ms: readTime(), pageSize: READ_PAGE };
    if (args.only === "replay") {
      // More rounds of the same pair: on a shared machine one pair can fall on either side of a burst.
      const rounds = [{ rebuildMs, rawReadMs: rawRead.ms }];
      for (let round = 2; round <= args.rounds; round++) {
        log(`round ${round}: rebuilding seat-view, then the raw read`);
        const ms = await rebuildSeatView(system);
        const again = stopwatch();
        await driver.readCategory("seats", READ_PAGE);
        rounds.push({ rebuildMs: ms, rawReadMs: again() });
      }
      await system.stop();
      const database = { engine, where: target.where };
      return buildReplayResult({ args, database, machine: machineInfo(), seeded, rounds, seatViewMatchesLog, rawRead, totalMs: total() });
    }

    const hotSeats = bigSeatMap(args.seats);
    log(`scheduling and publishing the hot show (${hotSeats.length.toLocaleString("en")} seats)`);
    await openHotShow(system.deps, HOT_SHOW, hotSeats);
    const seatIds = hotSeats.map((s) => s.seatId);
    log(`holding: ${args.holds.toLocaleString("en")} hold commands from ${args.callers} callers in ${args.instances} process(es) (projections off during the hold run)`);
    const holds =
      args.instances > 1
        ? await runHoldsAcrossInstances({ databaseUrl: target.url, showId: HOT_SHOW, seats: args.seats, holds: args.holds, callers: args.callers, seed: args.seed, instances: args.instances })
        : await runHolds(system.deps, { showId: HOT_SHOW, seatIds, holds: args.holds, callers: args.callers, seed: args.seed });
    log(`checking the event log for double bookings`);
    const logCheck = await checkDoubleBooking(system.store, seatsStreamId(HOT_SHOW));
    await system.stop();

    // After the system has stopped, so nothing else writes while the driver is measured.
    const limits = { seatIds, count: args.rawAppends, maxSeconds: args.rawMaxSeconds, seed: args.seed };
    // SQLite's driver is synchronous: one caller is all it can use, and that is the baseline.
    const rawCallers = target.kind === "postgres" ? args.callers : 1;
    log(`raw appends: up to ${args.rawAppends.toLocaleString("en")} one-event transactions from ${rawCallers} caller(s)`);
    const raw = await runRawAppends(driver, { ...limits, showId: RAW_SHOW, callers: rawCallers });
    // PostgreSQL's concurrent baseline mostly measures retries on one stream; one client shows the driver's own pace.
    let rawSingle = raw;
    if (rawCallers > 1) {
      log("raw appends: one client");
      rawSingle = await runRawAppends(driver, { ...limits, showId: RAW_SINGLE_SHOW, callers: 1 });
    }
    // The ceiling on SQLite: the same driver, many events per transaction, as a bulk load or a group commit writes.
    const batching = runRawBatchedAppends(driver, { ...limits, showId: RAW_BATCHED_SHOW, callers: 1, batch: RAW_BATCH });
    if (batching) log(`raw appends: ${RAW_BATCH.toLocaleString("en")} events per transaction`);
    const rawBatched = batching ? await batching : null;

    return buildResult({
      args,
      database: { engine, where: target.where },
      machine: machineInfo(),
      hotShowSeats: hotSeats.length,
      holds,
      logCheck,
      raw,
      rawSingle,
      rawBatched,
      seeded,
      rebuildMs,
      seatViewMatchesLog,
      rawRead,
      totalMs: total(),
    });
  } finally {
    // Stopping twice is harmless; on a failure it closes what is still open.
    await system.stop().catch(() => undefined);
    await driver.close().catch(() => undefined);
  }
}

async function main(): Promise<void> {
  const args = parseBenchArgs(process.argv.slice(2));
  const target = await createTarget(args.db, args.pgUrl);
  let dropped: Promise<void> | undefined;
  const drop = () => (dropped ??= target.drop());
  // Ctrl-C must not leave a bench_<timestamp> database behind.
  process.once("SIGINT", () => void drop().finally(() => process.exit(130)));
  log(`fresh ${target.kind} database: ${target.where}`);
  try {
    const result = await bench(args, target);
    if ("holdsPerSecond" in result) printResult(result, args.json);
    else printReplayResult(result, args.json);
  } finally {
    await drop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof UsageError ? error.message : error);
  process.exitCode = 1;
});
