// One Node process serves Next.js and Socket.IO on one port, and runs the booking system beside them.
import { createServer } from "node:http";
import { hostname } from "node:os";
import { register } from "node:module";
import next from "next";
import { Server as SocketServer } from "socket.io";
import { DEV_ADMIN_PASSWORD, env, staffSecrets } from "./lib/config/env";
import { seedDemoData } from "./lib/demo/seed";
import { installSystem, startSystem, systemOptionsFrom } from "./lib/system";
import { attachRealtime } from "./lib/realtime/server";
import { realtimeServerOptions } from "./lib/realtime/handshake";
import { setSecurityHeaders } from "./lib/http/security-headers";
import { CLIENT_ADDRESS_HEADER, clientAddressOf, trustedProxies } from "./lib/http/client-address";
import { INSTANCE_HEADER } from "./lib/http/instance";

const config = env();
const dev = config.NODE_ENV !== "production";
if (config.RATE_LIMITS === "off")
  console.warn(`\n${"!".repeat(100)}\n!!! RATE_LIMITS=off: new customers and holds are NOT limited per address. Only for load tests on a private network.\n${"!".repeat(100)}\n`);
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
// The JSON fast path loads the use-case modules itself, not through the Next.js bundle: after Next.js has
// set up its server environment, and with `server-only` resolving as it does inside Next.js.
register("./lib/node/server-only-hook.mjs", import.meta.url);
const { serveHotApi } = await import("./lib/http/hot-api");

const trust = trustedProxies(config.TRUSTED_PROXIES);
// Names this process in every response, so operators and tests can tell instances behind a proxy apart.
const instanceId = config.INSTANCE_ID ?? `${hostname()}:${config.PORT}`;
const server = createServer((req, res) => {
  // The one place the client's address is decided; whatever a client sent under this name is replaced.
  req.headers[CLIENT_ADDRESS_HEADER] = clientAddressOf(req, trust);
  if (!serveHotApi(req, res)) void handle(req, res);
});
const io = new SocketServer(server, realtimeServerOptions(config.APP_ORIGIN));
// Ahead of Socket.IO's and Next.js's handlers, so static files, 404s and polling responses carry them too;
// proxy.ts replaces the CSP of pages with one carrying the request's nonce.
server.prependListener("request", (_req, res) => {
  setSecurityHeaders(res);
  res.setHeader(INSTANCE_HEADER, instanceId);
});
// The WebSocket upgrade answers outside the request event.
io.engine.on("headers", (headers: Record<string, string>) => {
  headers[INSTANCE_HEADER] = instanceId;
});
attachRealtime(io, system);
(globalThis as typeof globalThis & { io?: SocketServer }).io = io;

// A port already taken ends the process: an instance that cannot serve must not look alive.
server.on("error", (error) => {
  console.error(`Cannot listen on ${config.HOST}:${config.PORT}`, error);
  process.exit(1);
});
server.listen(config.PORT, config.HOST, () => {
  const db = system.db.kind === "sqlite" ? config.DATABASE_URL : "PostgreSQL";
  console.log(`Seat booking ready on http://localhost:${config.PORT} (${dev ? "development" : "production"}, ${db}, instance ${instanceId})`);
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
