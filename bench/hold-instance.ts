// One instance of a multi-instance hold run (`npm run bench -- --db postgres --instances N`): its own
// booking system on the shared database, its share of the callers and holds. Says "ready" once started,
// waits for "go" on stdin (so every instance starts together), then prints its run as one JSON line.
import { createInterface } from "node:readline";
import { z } from "zod";
import { startSystem } from "../lib/system";
import { runHolds } from "./holds";
import { bigSeatMap } from "./seat-map";

const input = z
  .object({
    databaseUrl: z.string(),
    showId: z.string(),
    seats: z.number().int(),
    holds: z.number().int(),
    callers: z.number().int(),
    seed: z.number().int(),
    firstHold: z.number().int(),
  })
  .parse(JSON.parse(process.env.BENCH_INSTANCE ?? "{}"));

const system = await startSystem({ databaseUrl: input.databaseUrl, holdTtlSeconds: 900, runProjections: false, runProcessManager: false });
const seatIds = bigSeatMap(input.seats).map((s) => s.seatId);
process.stdout.write("ready\n");
const lines = createInterface({ input: process.stdin });
for await (const line of lines) if (line === "go") break;
const run = await runHolds(system.deps, { showId: input.showId, seatIds, holds: input.holds, callers: input.callers, seed: input.seed, firstHold: input.firstHold });
process.stdout.write(`${JSON.stringify({ ...run, latencies: Array.from(run.latencies) })}\n`);
await system.stop();
process.exit(0);
