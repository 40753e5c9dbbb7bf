// One Node process serves Next.js and Socket.IO on one port, and runs the booking system beside them.
import { createServer } from "node:http";
import next from "next";
import { Server as SocketServer } from "socket.io";
import { DEV_ADMIN_PASSWORD, env, staffSecrets } from "./lib/config/env";
import { seedDemoData } from "./lib/demo/seed";
import { installSystem, startSystem, systemOptionsFrom } from "./lib/system";
import { attachRealtime } from "./lib/realtime/server";

const config = env();
const dev = config.NODE_ENV !== "production";
// Refuses to start in production without real staff secrets; names the development password otherwise.
if (staffSecrets(config).usingDefaults)
  console.log(`Staff sign-in at /admin/login uses the development password "${DEV_ADMIN_PASSWORD}" (set ADMIN_PASSWORD and SESSION_SECRET)`);

const starting = startSystem(systemOptionsFrom(config));
installSystem(starting);
const system = await starting;
if (config.SEED_DEMO_DATA === "auto" && (await seedDemoData(system))) console.log("Created the demo shows on an empty database");

const app = next({ dev, hostname: config.HOST, port: config.PORT });
await app.prepare();
const handle = app.getRequestHandler();

const server = createServer((req, res) => void handle(req, res));
const io = new SocketServer(server);
attachRealtime(io, system);
(globalThis as typeof globalThis & { io?: SocketServer }).io = io;

server.listen(config.PORT, config.HOST, () => {
  const db = system.db.kind === "sqlite" ? config.DATABASE_URL : "PostgreSQL";
  console.log(`Seat booking ready on http://localhost:${config.PORT} (${dev ? "development" : "production"}, ${db})`);
});

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: closing`);
  io.close();
  server.close();
  await system.stop();
  process.exit(0);
}
process.on("SIGINT", () => void shutdown("SIGINT"));
process.on("SIGTERM", () => void shutdown("SIGTERM"));
