// `tsx bench/cluster/idle-queries.ts [--instances 2] [--seconds 20]`: how many statements an idle instance
// sends to PostgreSQL. Starts N systems (projections, process manager and the realtime followers, as
// server.ts runs them, without HTTP) on a fresh database, lets them settle, then counts every statement
// their pg clients send for a while. Prints statements per second per instance as its last line (JSON).
import pg from "pg";
import { parseArgs } from "node:util";
import { Server } from "socket.io";
import { z } from "zod";
import { startSystem } from "../../lib/system";
import { attachRealtime } from "../../lib/realtime/server";

const args = z
  .object({
    instances: z.coerce.number().int().min(1).max(16).default(2),
    seconds: z.coerce.number().positive().default(20),
    pgUrl: z.string().default(process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres"),
  })
  .parse(parseArgs({ options: { instances: { type: "string" }, seconds: { type: "string" }, pgUrl: { type: "string" } } }).values);

// Every statement of every pg client in this process (Prisma's adapter, the event store, the listener).
let statements = 0;
const query = pg.Client.prototype.query;
pg.Client.prototype.query = function counted(this: pg.Client, ...rest: Parameters<typeof query>) {
  statements += 1;
  return query.apply(this, rest);
} as typeof query;

const name = `idle_queries_${process.pid}`;
const admin = new pg.Client({ connectionString: args.pgUrl });
await admin.connect();
await admin.query(`CREATE DATABASE "${name}"`);
const url = new URL(args.pgUrl);
url.pathname = `/${name}`;

const systems = [];
for (let i = 0; i < args.instances; i++) {
  const system = await startSystem({ databaseUrl: url.toString(), holdTtlSeconds: 900 });
  attachRealtime(new Server(), system);
  systems.push(system);
}
await new Promise((resolve) => setTimeout(resolve, 3000));
const before = statements;
await new Promise((resolve) => setTimeout(resolve, args.seconds * 1000));
const perInstancePerSecond = (statements - before) / args.seconds / args.instances;
await Promise.all(systems.map((s) => s.stop()));
await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
await admin.end();
console.log(JSON.stringify({ instances: args.instances, seconds: args.seconds, statementsPerSecondPerInstance: Math.round(perInstancePerSecond * 10) / 10 }));
process.exit(0);
