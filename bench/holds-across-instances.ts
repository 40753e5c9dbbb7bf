// The hold run from N processes on one PostgreSQL database, the callers and holds shared out among them:
// what a hot on-sale does when several app instances write the same seats stream. Each process has its own
// single writer per stream; they meet only through the store's optimistic concurrency.
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import type { HoldRun } from "./holds";
import { log } from "./log";

interface Options {
  databaseUrl: string;
  showId: string;
  seats: number;
  holds: number;
  callers: number;
  seed: number;
  instances: number;
}

export async function runHoldsAcrossInstances(options: Options): Promise<HoldRun> {
  const share = (total: number, i: number) => Math.floor(total / options.instances) + (i < total % options.instances ? 1 : 0);
  let firstHold = 0;
  const children = Array.from({ length: options.instances }, (_, i) => {
    const holds = share(options.holds, i);
    const config = { ...options, holds, callers: Math.max(1, share(options.callers, i)), seed: options.seed + i, firstHold };
    firstHold += holds;
    const child = spawn(process.execPath, ["--import", "tsx", "bench/hold-instance.ts"], {
      env: { ...process.env, BENCH_INSTANCE: JSON.stringify(config) },
      stdio: ["pipe", "pipe", "inherit"],
    });
    const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
    return { child, next: async () => (await lines.next()).value as string | undefined };
  });
  for (const c of children) if ((await c.next()) !== "ready") throw new Error("A bench instance did not start");
  log(`  ${options.instances} instances ready`);
  const started = performance.now();
  for (const c of children) c.child.stdin.write("go\n");
  const runs = await Promise.all(
    children.map(async (c) => {
      const line = await c.next();
      if (!line) throw new Error("A bench instance stopped without a result");
      return JSON.parse(line) as Omit<HoldRun, "latencies"> & { latencies: number[] };
    }),
  );
  const ms = performance.now() - started;
  const merged: HoldRun = { attempted: 0, succeeded: 0, refused: 0, refusedBy: {}, failed: 0, firstFailure: null, ms, latencies: new Float64Array(runs.flatMap((r) => r.latencies)) };
  for (const r of runs) {
    merged.attempted += r.attempted;
    merged.succeeded += r.succeeded;
    merged.refused += r.refused;
    merged.failed += r.failed;
    merged.firstFailure ??= r.firstFailure;
    for (const [code, n] of Object.entries(r.refusedBy)) merged.refusedBy[code] = (merged.refusedBy[code] ?? 0) + n;
  }
  return merged;
}
