// `npm run bench:http [-- --json] [--db postgres] [--url http://nginx]`: the HTTP edge under load on the
// 5,000-seat arena, each request its own customer — holds through the JSON API, holds as a browser sends
// them (server action + the checkout page it lands on), reads of the show, and an on-sale (N people
// pressing Hold within a minute) — against the in-process hold rate measured in the same run.
import { seatsStreamId } from "../lib/domain/seats";
import { startSystem } from "../lib/system";
import { UsageError } from "./args";
import { checkDoubleBooking } from "./double-booking";
import { runHolds } from "./holds";
import { openHotShow } from "./hot-show";
import { parseHttpBenchArgs, PHASES, type HttpBenchArgs } from "./http/args";
import { runPhase, type Phase, type PhaseResult, type RequestKind } from "./http/load";
import { browserHold, holdActionId, jsonHold, readShow } from "./http/requests";
import { log } from "./log";
import { machineInfo } from "./machine";
import { startProductionServer } from "./production-server";
import { bigSeatMap } from "./seat-map";
import { perSecond, round } from "./stats";
import { createTarget } from "./target";

const ARENA = "arena-tour";
const ARENA_SEATS = 5000;

/** The command handler alone, in this process, on the same engine: the figure every HTTP rate is compared with. */
async function inProcessHoldRate(args: HttpBenchArgs): Promise<number> {
  const target = await createTarget(args.db, args.pgUrl);
  const system = await startSystem({ databaseUrl: target.url, holdTtlSeconds: 900, runProjections: false, runProcessManager: false });
  try {
    const seats = bigSeatMap(ARENA_SEATS);
    await openHotShow(system.deps, "inprocess", seats);
    const run = await runHolds(system.deps, { showId: "inprocess", seatIds: seats.map((s) => s.seatId), holds: 5000, callers: args.connections, seed: 1 });
    const check = await checkDoubleBooking(system.store, seatsStreamId("inprocess"));
    if (check.doubleBooked > 0) throw new Error(`In-process holds double-booked ${check.doubleBooked} seats`);
    return perSecond(run.attempted, run.ms);
  } finally {
    await system.stop();
    await target.drop();
  }
}

/** Runs one phase against a fresh server (or the given one), on a fresh arena. */
async function phase(args: HttpBenchArgs, name: string, kinds: (base: string, seatIds: string[]) => Array<[string, RequestKind, Phase]>) {
  const target = args.url ? null : await createTarget(args.db, args.pgUrl);
  const server = target
    ? await startProductionServer({
        port: args.port,
        database: target.kind === "sqlite" ? { sqliteFile: `data/bench-http.db` } : { url: target.url },
        cpuProfileDir: args.profile ? `bench-profiles/${name}` : undefined,
      })
    : null;
  const base = args.url ?? server?.url ?? "";
  try {
    const show = (await (await fetch(`${base}/api/shows/${ARENA}`)).json()) as { seats: Array<{ seatId: string; status: string }> };
    const seatIds = show.seats.filter((s) => s.status === "available").map((s) => s.seatId);
    const results: Record<string, PhaseResult> = {};
    for (const [label, kind, load] of kinds(base, seatIds)) {
      if (args.only && !args.only.includes(label as (typeof PHASES)[number])) continue;
      // A second of the same requests first: the server's first requests load and compile its routes.
      await runPhase(base, kind, { seconds: 1, connections: 4 });
      log(`${label}: ${load.seconds} s${load.ratePerSecond ? ` at ${load.ratePerSecond} requests/s` : ""} over ${load.connections} connections`);
      results[label] = await runPhase(base, kind, load);
      log(`${label}: ${results[label]?.perSecond}/s, p50 ${results[label]?.p50Ms} ms, p99 ${results[label]?.p99Ms} ms`);
    }
    return results;
  } finally {
    await server?.stop();
    await target?.drop();
  }
}

async function main(): Promise<void> {
  const args = parseHttpBenchArgs(process.argv.slice(2));
  const actionId = holdActionId();
  const steady: Phase = { seconds: args.seconds, connections: args.connections };
  log(`in-process hold rate (${args.db}, ${args.connections} callers)`);
  const inProcess = await inProcessHoldRate(args);
  log(`in-process: ${round(inProcess)} holds/s`);

  const wants = (...names: Array<(typeof PHASES)[number]>) => !args.only || names.some((n) => args.only?.includes(n));
  const json = !wants("jsonHolds", "reads") ? {} : await phase(args, "json-holds", (_base, seats) => [
    ["jsonHolds", jsonHold(ARENA, seats, 1), steady],
    ["reads", readShow(ARENA), steady],
  ]);
  const browser = !wants("browserHolds") ? {} : await phase(args, "browser-holds", (base, seats) => [["browserHolds", browserHold(base, ARENA, seats, actionId, 2), steady]]);
  const onsale =
    args.onsalePeople > 0 && wants("onsale")
      ? await phase(args, "onsale", (base, seats) => [
          [
            "onsale",
            browserHold(base, ARENA, seats, actionId, 3),
            { seconds: args.onsaleSeconds, ratePerSecond: Math.ceil(args.onsalePeople / args.onsaleSeconds), connections: Math.max(args.connections, 256) },
          ],
        ])
      : {};

  const phases = { ...json, ...browser, ...onsale };
  const ratio = (r: PhaseResult | undefined) => (r ? round(r.perSecond / inProcess, 3) : null);
  const result = {
    db: args.db,
    target: args.url ?? `one production server started per phase (${args.db})`,
    connections: args.connections,
    inProcessHoldsPerSecond: round(inProcess),
    phases,
    ratios: Object.fromEntries(Object.entries(phases).map(([k, v]) => [k, ratio(v)])),
    machine: machineInfo(),
  };
  if (args.json) {
    console.log(JSON.stringify(result));
    return;
  }
  console.log(`\nHTTP on the ${ARENA_SEATS.toLocaleString("en")}-seat arena, ${result.target}; in-process holds ${result.inProcessHoldsPerSecond}/s`);
  console.log("| Requests | Rate | × in-process | answered (of offered) | ok | refused | errors | p50 | p99 | max |");
  console.log("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
  for (const [name, r] of Object.entries(phases))
    console.log(
      `| ${name} | ${r.perSecond}/s | ${ratio(r)} | ${r.requests}${r.offered ? ` (of ${r.offered})` : ""} | ${r.ok} | ${r.refused} | ${r.errors} | ${r.p50Ms} ms | ${r.p99Ms} ms | ${r.maxMs} ms |`,
    );
  console.log(`\nLoad average ${result.machine.loadAverageAtStart} → ${result.machine.loadAverageAtEnd} (${result.machine.cores} cores)`);
}

main().catch((error: unknown) => {
  console.error(error instanceof UsageError ? error.message : error);
  process.exitCode = 1;
});
