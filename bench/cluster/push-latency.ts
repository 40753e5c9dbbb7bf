// `tsx bench/cluster/push-latency.ts [--clients 200] [--holds 30]`: how long a hold made through instance A
// takes to reach seat maps connected to instance B. Two instances on one fresh PostgreSQL database, each its
// own process: this one is A (and hosts the clients), B is this script started again with `--serve-url`,
// serving Socket.IO as server.ts does (without Next.js). N socket.io clients join the show's room on B. Each
// hold is timed from the moment A is asked to the moment each client has the seat's change.
// Last line: JSON with p50/p95/max.
import { spawn } from "node:child_process";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { parseArgs } from "node:util";
import pg from "pg";
import { Server } from "socket.io";
import { io as connect, type Socket } from "socket.io-client";
import { z } from "zod";
import { startSystem } from "../../lib/system";
import { attachRealtime } from "../../lib/realtime/server";
import { realtimeServerOptions } from "../../lib/realtime/handshake";
import { scheduleShow, publishShow } from "../../lib/commands/shows";
import { holdSeats } from "../../lib/commands/holds";
import { theatre } from "../../lib/demo/venues";

const args = z
  .object({
    clients: z.coerce.number().int().min(1).max(2000).default(200),
    holds: z.coerce.number().int().min(1).max(140).default(30),
    pgUrl: z.string().default(process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres"),
    serveUrl: z.string().optional(),
  })
  .parse(
    parseArgs({ options: { clients: { type: "string" }, holds: { type: "string" }, pgUrl: { type: "string" }, serveUrl: { type: "string" } } })
      .values,
  );

if (args.serveUrl) {
  // Instance B: the booking system and its Socket.IO pushes; says its port, stops when its parent does.
  const b = await startSystem({ databaseUrl: args.serveUrl, holdTtlSeconds: 900 });
  const http = createServer();
  attachRealtime(new Server(http, realtimeServerOptions([])), b);
  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
  console.log(`port ${(http.address() as AddressInfo).port}`);
  process.stdin.resume();
  process.stdin.on("end", () => void b.stop().then(() => process.exit(0)));
  await new Promise(() => undefined);
}

const name = `push_latency_${process.pid}`;
const admin = new pg.Client({ connectionString: args.pgUrl });
await admin.connect();
await admin.query(`CREATE DATABASE "${name}"`);
const url = new URL(args.pgUrl);
url.pathname = `/${name}`;

const a = await startSystem({ databaseUrl: url.toString(), holdTtlSeconds: 900 });
const b = spawn(process.execPath, ["--import", "tsx", import.meta.filename, "--serveUrl", url.toString()], { stdio: ["pipe", "pipe", "inherit"] });
const port = await new Promise<number>((resolve, reject) => {
  b.stdout.on("data", (chunk: Buffer) => {
    const found = /port (\d+)/.exec(chunk.toString());
    if (found) resolve(Number(found[1]));
  });
  b.once("exit", (code) => reject(new Error(`Instance B exited (${code})`)));
});

const showId = "push";
const seats = theatre();
const staff = { actor: "staff:bench" };
const scheduled = await scheduleShow(
  a.deps,
  { showId, title: "Push", venue: "Bench", description: "", startsAt: new Date(Date.now() + 7 * 86_400_000).toISOString(), timeZone: "Europe/London", currency: "EUR", seats },
  { ...staff, commandId: "push:schedule" },
);
if (!scheduled.ok) throw new Error(scheduled.error.message);
await publishShow(a.deps, showId, { ...staff, commandId: "push:publish" });
await a.projections.waitFor(await a.store.headPosition(), 10_000);

// Which seat each client has seen change, and when.
const seen = new Map<string, number[]>();
const clients: Socket[] = [];
for (let i = 0; i < args.clients; i++) {
  const socket = connect(`http://127.0.0.1:${port}`, { transports: ["websocket"], forceNew: true });
  socket.on("seats:changed", (message: { changes: Array<{ seatId: string }> }) => {
    const at = Date.now();
    for (const change of message.changes) seen.get(change.seatId)?.push(at);
  });
  await new Promise<void>((resolve, reject) => {
    socket.once("connect", () => socket.emit("show:join", { showId }, (ack: { ok: boolean }) => (ack.ok ? resolve() : reject(new Error("join refused")))));
    socket.once("connect_error", reject);
  });
  clients.push(socket);
}

const latencies: number[] = [];
const sinceCommit: number[] = [];
for (let n = 0; n < args.holds; n++) {
  const seatId = (seats[n] as { seatId: string }).seatId;
  const arrivals: number[] = [];
  seen.set(seatId, arrivals);
  const asked = Date.now();
  const held = await holdSeats(a.deps, { showId, seatIds: [seatId], customerId: `c_push${n}` }, { actor: `customer:c_push${n}`, commandId: `push:${n}` });
  if (!held.ok) throw new Error(held.error.message);
  const committed = Date.now();
  const until = Date.now() + 10_000;
  while (arrivals.length < clients.length && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 5));
  if (arrivals.length < clients.length) throw new Error(`Only ${arrivals.length} of ${clients.length} clients heard of ${seatId}`);
  latencies.push(...arrivals.map((at) => at - asked));
  sinceCommit.push(...arrivals.map((at) => at - committed));
  // Apart, so each hold is timed on its own (and a safety-net poll gets its chance to show up).
  await new Promise((resolve) => setTimeout(resolve, 100 + Math.random() * 200));
}

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
};
for (const socket of clients) socket.close();
const bStopped = new Promise((resolve) => b.once("exit", resolve));
b.stdin.end();
await Promise.all([a.stop(), bStopped]);
await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
await admin.end();
console.log(
  JSON.stringify({
    clients: args.clients,
    holds: args.holds,
    p50Ms: quantile(latencies, 0.5),
    p95Ms: quantile(latencies, 0.95),
    maxMs: quantile(latencies, 1),
    // The same arrivals timed from A's commit: what the push itself takes, without the hold command.
    afterCommitP50Ms: quantile(sinceCommit, 0.5),
    afterCommitP95Ms: quantile(sinceCommit, 0.95),
  }),
);
process.exit(0);
