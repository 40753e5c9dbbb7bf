// Turns the measurements of one run into the result object (the JSON line) and the readable table.
import type { BenchArgs } from "./args";
import type { LogCheck } from "./double-booking";
import type { HoldRun } from "./holds";
import type { MachineInfo } from "./machine";
import type { RawAppendRun } from "./raw/driver";
import type { SeededLog } from "./replay";
import { perSecond, percentile, round } from "./stats";

export interface Measurements {
  args: BenchArgs;
  database: { engine: string; where: string };
  machine: MachineInfo;
  hotShowSeats: number;
  holds: HoldRun;
  logCheck: LogCheck;
  raw: RawAppendRun;
  /** One client appending alone (the same run as `raw` on SQLite). */
  rawSingle: RawAppendRun;
  /** SQLite only: the same appends 10,000 per transaction, the driver's ceiling. */
  rawBatched: RawAppendRun | null;
  seeded: SeededLog;
  rebuildMs: number;
  seatViewMatchesLog: boolean;
  rawRead: { events: number; ms: number; pageSize: number };
  totalMs: number;
}

const ms = (value: number) => round(value, 2);
const seconds = (value: number) => round(value / 1000, 2);

export function buildResult(m: Measurements) {
  const holdsPerSecond = perSecond(m.holds.attempted, m.holds.ms);
  const rawAppendsPerSecond = perSecond(m.raw.appends, m.raw.ms);
  const rawSingleClientAppendsPerSecond = perSecond(m.rawSingle.appends, m.rawSingle.ms);
  const replayEventsPerSecond = perSecond(m.seeded.events, m.rebuildMs);
  const rawReadEventsPerSecond = perSecond(m.rawRead.events, m.rawRead.ms);
  return {
    db: m.args.db,
    holdsPerSecond: round(holdsPerSecond),
    p50Ms: ms(percentile(m.holds.latencies, 50)),
    p99Ms: ms(percentile(m.holds.latencies, 99)),
    doubleBooked: m.logCheck.doubleBooked,
    rawAppendsPerSecond: round(rawAppendsPerSecond),
    holdVsRaw: round(holdsPerSecond / rawAppendsPerSecond, 3),
    replayEventsPerSecond: round(replayEventsPerSecond),
    rawReadEventsPerSecond: round(rawReadEventsPerSecond),
    replayVsRaw: round(replayEventsPerSecond / rawReadEventsPerSecond, 3),
    successfulHoldsPerSecond: round(perSecond(m.holds.succeeded, m.holds.ms)),
    rawSingleClientAppendsPerSecond: round(rawSingleClientAppendsPerSecond),
    holdVsRawSingleClient: round(holdsPerSecond / rawSingleClientAppendsPerSecond, 3),
    rawBatchedAppendsPerSecond: m.rawBatched ? round(perSecond(m.rawBatched.appends, m.rawBatched.ms)) : null,
    holdVsRawBatched: m.rawBatched ? round(holdsPerSecond / perSecond(m.rawBatched.appends, m.rawBatched.ms), 3) : null,
    counts: {
      holdsAttempted: m.holds.attempted,
      holdsSucceeded: m.holds.succeeded,
      holdsRefused: m.holds.refused,
      holdsRefusedBy: m.holds.refusedBy,
      holdsFailed: m.holds.failed,
      seatsHeldEventsInLog: m.logCheck.seatsHeldEvents,
      seatsStreamEventsChecked: m.logCheck.eventsRead,
      rawAppends: m.raw.appends,
      rawAppendRetries: m.raw.retries,
      rawSingleClientAppends: m.rawSingle.appends,
      replayEvents: m.seeded.events,
      rawReadEvents: m.rawRead.events,
    },
    latencyMs: {
      hold: {
        p50: ms(percentile(m.holds.latencies, 50)),
        p90: ms(percentile(m.holds.latencies, 90)),
        p99: ms(percentile(m.holds.latencies, 99)),
        max: ms(percentile(m.holds.latencies, 100)),
      },
      rawAppend: { p50: ms(percentile(m.raw.latencies, 50)), p99: ms(percentile(m.raw.latencies, 99)) },
      rawSingleClientAppend: { p50: ms(percentile(m.rawSingle.latencies, 50)), p99: ms(percentile(m.rawSingle.latencies, 99)) },
    },
    checks: {
      doubleBooked: m.logCheck.doubleBooked,
      // Every successful hold must appear in the log as exactly one SeatsHeld.
      seatsHeldEventsMatchSuccesses: m.logCheck.seatsHeldEvents === m.holds.succeeded,
      seatViewMatchesReplayedLog: m.seatViewMatchesLog,
      rawReadSawEveryEvent: m.rawRead.events === m.seeded.events,
    },
    sizes: {
      callers: m.args.callers,
      instances: m.args.instances,
      holds: m.args.holds,
      seatsPerHold: "1-4",
      hotShowSeats: m.hotShowSeats,
      rawAppends: m.args.rawAppends,
      rawAppendCallers: m.args.db === "postgres" ? m.args.callers : 1,
      rawMaxSeconds: m.args.rawMaxSeconds,
      replayEvents: m.seeded.events,
      replaySeats: m.seeded.seats,
      rawReadPageSize: m.rawRead.pageSize,
      seed: m.args.seed,
    },
    timingsSeconds: {
      holdRun: seconds(m.holds.ms),
      rawAppends: seconds(m.raw.ms),
      rawSingleClientAppends: m.rawSingle === m.raw ? null : seconds(m.rawSingle.ms),
      replaySeed: seconds(m.seeded.ms),
      rebuild: seconds(m.rebuildMs),
      rawRead: seconds(m.rawRead.ms),
      total: seconds(m.totalMs),
    },
    database: m.database,
    machine: m.machine,
    notes: [
      "projections off during the hold run",
      "process manager off for the whole run (it would chase the replayed holds, whose bookings were never written)",
      "holdsPerSecond counts every hold command answered (succeeded + refused); successfulHoldsPerSecond only those that held seats",
      "each successful hold commits SeatsHeld + BookingStarted + BookingHeld and a handled_commands row; a raw append commits one event",
      m.args.db === "sqlite"
        ? "raw appends on SQLite run one after another: better-sqlite3 is synchronous, so concurrent callers would only queue"
        : `raw appends on PostgreSQL: ${m.args.callers} pooled clients, retrying on unique violation; rawSingleClientAppendsPerSecond: one client, no contention`,
      `each raw append baseline stops after ${m.args.rawMaxSeconds} s even if fewer than ${m.args.rawAppends} appends were made`,
      `replay: the seat-view rebuild and the raw read both read the seats category in position order, ${m.rawRead.pageSize} rows per query`,
      "replay log loaded with the raw driver in the store's row format (setup, not timed)",
    ],
    error: m.holds.firstFailure,
  };
}

export type BenchResult = ReturnType<typeof buildResult>;

/** `--only replay`: the rebuild against the raw read, nothing else; with several rounds, the median round. */
export function buildReplayResult(
  m: Pick<Measurements, "args" | "database" | "machine" | "seeded" | "seatViewMatchesLog" | "rawRead" | "totalMs"> & {
    rounds: Array<{ rebuildMs: number; rawReadMs: number }>;
  },
) {
  const ratios = m.rounds.map((r) => ({
    replay: perSecond(m.seeded.events, r.rebuildMs),
    raw: perSecond(m.rawRead.events, r.rawReadMs),
  }));
  const sorted = [...ratios].sort((a, b) => a.replay / a.raw - b.replay / b.raw);
  const median = sorted[Math.floor(sorted.length / 2)] as { replay: number; raw: number };
  return {
    db: m.args.db,
    replayEventsPerSecond: round(median.replay),
    rawReadEventsPerSecond: round(median.raw),
    replayVsRaw: round(median.replay / median.raw, 3),
    rounds: ratios.map((r) => ({ replayEventsPerSecond: round(r.replay), rawReadEventsPerSecond: round(r.raw), replayVsRaw: round(r.replay / r.raw, 3) })),
    checks: { seatViewMatchesReplayedLog: m.seatViewMatchesLog, rawReadSawEveryEvent: m.rawRead.events === m.seeded.events },
    sizes: { replayEvents: m.seeded.events, replaySeats: m.seeded.seats, rawReadPageSize: m.rawRead.pageSize },
    timingsSeconds: { replaySeed: seconds(m.seeded.ms), total: seconds(m.totalMs) },
    database: m.database,
    machine: m.machine,
  };
}

export function printReplayResult(result: ReturnType<typeof buildReplayResult>, json: boolean): void {
  if (json) {
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return;
  }
  console.log(`database               ${result.db} (${result.database.engine})`);
  console.log(`machine                load ${result.machine.loadAverageAtStart} -> ${result.machine.loadAverageAtEnd}`);
  console.log(`seat-view rebuild      ${fmt(result.replayEventsPerSecond)} events/s (${fmt(result.sizes.replayEvents)} events)`);
  console.log(`raw read + JSON.parse  ${fmt(result.rawReadEventsPerSecond)} events/s`);
  console.log(`replay vs raw          ${fmt(result.replayVsRaw)}${result.rounds.length > 1 ? ` (median of ${result.rounds.length} rounds: ${result.rounds.map((r) => fmt(r.replayVsRaw)).join(", ")})` : ""}`);
  console.log(`checks                 ${Object.entries(result.checks).map(([k, v]) => `${k}=${String(v)}`).join(", ")}`);
}

const fmt = (value: number) => value.toLocaleString("en", { maximumFractionDigits: 3 });

export function printResult(result: BenchResult, json: boolean): void {
  if (json) {
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return;
  }
  const c = result.counts;
  const rows: Array<[string, string]> = [
    ["database", `${result.db} (${result.database.engine})`],
    [
      "machine",
      `${result.machine.cpu}, ${result.machine.cores} cores, Node ${result.machine.node}, load ${result.machine.loadAverageAtStart} -> ${result.machine.loadAverageAtEnd}`,
    ],
    ["", ""],
    [`hold commands (${result.sizes.callers} callers, projections off)`, `${fmt(result.holdsPerSecond)} /s`],
    ["  successful holds", `${fmt(result.successfulHoldsPerSecond)} /s`],
    ["  latency p50 / p90 / p99 / max", `${fmt(result.latencyMs.hold.p50)} / ${fmt(result.latencyMs.hold.p90)} / ${fmt(result.latencyMs.hold.p99)} / ${fmt(result.latencyMs.hold.max)} ms`],
    ["  attempted / succeeded / refused / failed", `${fmt(c.holdsAttempted)} / ${fmt(c.holdsSucceeded)} / ${fmt(c.holdsRefused)} / ${fmt(c.holdsFailed)}`],
    ["  double-booked seats (from the event log)", String(result.doubleBooked)],
    ["raw appends (driver only, 1 event per tx)", `${fmt(result.rawAppendsPerSecond)} /s`],
    ["  latency p50 / p99", `${fmt(result.latencyMs.rawAppend.p50)} / ${fmt(result.latencyMs.rawAppend.p99)} ms`],
    ["  retries after a lost version race", fmt(c.rawAppendRetries)],
    ["raw appends, one client", `${fmt(result.rawSingleClientAppendsPerSecond)} /s`],
    ["hold vs raw / vs raw one client", `${fmt(result.holdVsRaw)} / ${fmt(result.holdVsRawSingleClient)}`],
    ...(result.rawBatchedAppendsPerSecond === null
      ? []
      : ([
          ["raw appends, 10,000 per transaction (ceiling)", `${fmt(result.rawBatchedAppendsPerSecond)} /s`],
          ["hold vs the batched ceiling", fmt(result.holdVsRawBatched ?? 0)],
        ] as Array<[string, string]>)),
    ["", ""],
    [`seat-view rebuild (${fmt(c.replayEvents)} events)`, `${fmt(result.replayEventsPerSecond)} events/s`],
    ["raw read + JSON.parse", `${fmt(result.rawReadEventsPerSecond)} events/s`],
    ["replay vs raw", fmt(result.replayVsRaw)],
    ["", ""],
    ["checks", Object.entries(result.checks).map(([k, v]) => `${k}=${String(v)}`).join(", ")],
    ["timings (s)", Object.entries(result.timingsSeconds).map(([k, v]) => `${k} ${v}`).join(", ")],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  for (const [label, value] of rows) console.log(label ? `${label.padEnd(width)}  ${value}` : "");
  if (result.error) console.log(`\nfirst failure: ${result.error}`);
}
