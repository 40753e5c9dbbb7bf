// npm run cluster -- --instances N [--port P] [--app-port Q] [--fresh]
// Several production instances (server.ts, after `npm run build`) on one PostgreSQL database, behind nginx
// on one port. Makes the database when it is missing (--fresh: drops it first), starts every instance at
// once (they migrate and seed under advisory locks), then nginx; Ctrl-C or SIGTERM stops them all.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { z } from "zod";

const ROOT = path.resolve(import.meta.dirname, "..");
const DEFAULT_DATABASE_URL = "postgresql://postgres@127.0.0.1:5432/booking_cluster";
const port = z.coerce.number().int().min(1).max(65535);
const options = z
  .object({
    instances: z.coerce.number().int().min(1).max(64).default(2),
    port: port.default(8080),
    "app-port": port.optional(),
    fresh: z.boolean().default(false),
  })
  .parse(
    parseArgs({
      options: { instances: { type: "string" }, port: { type: "string" }, "app-port": { type: "string" }, fresh: { type: "boolean" } },
    }).values,
  );
const databaseUrl = z
  .string()
  .regex(/^postgres(ql)?:\/\//, "npm run cluster needs a postgresql:// DATABASE_URL: SQLite serves one process")
  .parse(process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL);
const appPorts = Array.from({ length: options.instances }, (_, i) => (options["app-port"] ?? options.port + 1) + i);
const prefix = path.join(ROOT, "data", `cluster-${options.port}`);
const nginxBinary = process.env.NGINX_PATH ?? (existsSync("/usr/sbin/nginx") ? "/usr/sbin/nginx" : "nginx");

const log = (line: string) => console.log(`[cluster] ${line}`);

/** Creates the database when it is missing (and drops it first with --fresh), through the server's `postgres` database. */
async function ensureDatabase(url: string, fresh: boolean) {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  if (!/^[\w-]+$/.test(name)) throw new Error(`Unexpected database name ${JSON.stringify(name)}`);
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    if (fresh) await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (found.rowCount === 0) {
      await client.query(`CREATE DATABASE "${name}"`);
      log(`created database ${name}`);
    }
  } finally {
    await client.end();
  }
}

function nginxConfig(): string {
  const template = readFileSync(path.join(ROOT, "scripts/cluster/nginx.conf.template"), "utf8");
  const servers = appPorts.map((p) => `    server 127.0.0.1:${p} max_fails=1 fail_timeout=5s;`).join("\n");
  return template
    .replaceAll("{{PREFIX}}", prefix)
    .replaceAll("{{LISTEN}}", `${process.env.CLUSTER_HOST ?? "127.0.0.1"}:${options.port}`)
    .replaceAll("{{ACCESS_LOG}}", process.env.CLUSTER_ACCESS_LOG === "on" ? `${prefix}/access.log` : "off")
    .replace("{{SERVERS}}", servers);
}

/** Prefixes each line a child prints with its name. */
function pipeLines(child: ChildProcess, name: string) {
  for (const stream of [child.stdout, child.stderr]) {
    let rest = "";
    stream?.on("data", (chunk: Buffer) => {
      const lines = (rest + chunk.toString()).split("\n");
      rest = lines.pop() ?? "";
      for (const line of lines) console.log(`[${name}] ${line}`);
    });
  }
}

/** `instance`: the answer must come from it (X-Instance), not from something else on that port. */
async function answers(url: string, instance?: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
    return response.status < 500 && (!instance || response.headers.get("x-instance") === instance);
  } catch {
    return false;
  }
}

async function waitUntil(check: () => Promise<boolean>, what: string, timeoutMs = 120_000) {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`${what} did not come up within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

if (!existsSync(path.join(ROOT, ".next", "BUILD_ID"))) {
  console.error("No production build: run `npm run build` first.");
  process.exit(1);
}
await ensureDatabase(databaseUrl, options.fresh);
mkdirSync(path.join(prefix, "temp"), { recursive: true });
rmSync(path.join(prefix, "cluster.json"), { force: true });

const children = new Map<string, ChildProcess>();
let stopping = false;

const instances = appPorts.map((appPort, i) => {
  const id = `app${i + 1}-${appPort}`;
  // Node itself (tsx as a loader, not as a wrapper process): the pid is the server's, for operators and tests.
  const child = spawn(process.execPath, ["--import", "tsx", "server.ts"], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(appPort),
      HOST: "127.0.0.1",
      DATABASE_URL: databaseUrl,
      INSTANCE_ID: id,
      // nginx on this machine is the one hop whose X-Forwarded-For is believed.
      TRUSTED_PROXIES: process.env.TRUSTED_PROXIES ?? "loopback",
    },
    stdio: ["ignore", "pipe", "pipe"],
    // Its own process group: a Ctrl-C reaches only this script, which stops everything in order.
    detached: true,
  });
  pipeLines(child, id);
  children.set(id, child);
  child.on("exit", (code, signal) => {
    children.delete(id);
    if (!stopping) log(`${id} exited (${signal ?? code}); nginx sends its browsers to the others`);
  });
  return { id, port: appPort, pid: child.pid };
});
log(`starting ${instances.length} instances on ports ${appPorts.join(", ")} (${new URL(databaseUrl).pathname.slice(1)})`);

/** `exitCode`: 0 when asked to stop, 1 when something failed. */
async function stop(signal: string, exitCode = 0) {
  if (stopping) return;
  stopping = true;
  log(`${signal}: stopping ${[...children.keys()].join(", ") || "nothing left"}`);
  const exited = [...children.values()].map((child) => new Promise((resolve) => child.once("exit", resolve)));
  for (const [name, child] of children) child.kill(name === "nginx" ? "SIGQUIT" : "SIGTERM");
  // An instance that does not finish within 10 s is killed.
  const force = setTimeout(() => children.forEach((child) => child.kill("SIGKILL")), 10_000);
  await Promise.all(exited);
  clearTimeout(force);
  rmSync(path.join(prefix, "cluster.json"), { force: true });
  log("stopped");
  process.exit(exitCode);
}
process.on("SIGINT", () => void stop("SIGINT"));
process.on("SIGTERM", () => void stop("SIGTERM"));
process.on("SIGHUP", () => void stop("SIGHUP"));
// Should this script end any other way, nothing it started is left running.
process.on("exit", () => children.forEach((child) => child.kill("SIGTERM")));

try {
  await Promise.all(
    instances.map((i) =>
      waitUntil(async () => {
        if (!children.has(i.id)) throw new Error(`${i.id} exited before it was ready (see its lines above)`);
        return answers(`http://127.0.0.1:${i.port}/robots.txt`, i.id);
      }, i.id),
    ),
  );
} catch (error) {
  console.error(String(error));
  await stop("start failed", 1);
}

const conf = path.join(prefix, "nginx.conf");
writeFileSync(conf, nginxConfig());
// -e: the error log before the configuration is read (the default path needs root).
const nginx = spawn(nginxBinary, ["-p", prefix, "-c", conf, "-e", path.join(prefix, "error.log"), "-g", "daemon off;"], {
  stdio: ["ignore", "pipe", "pipe"],
  detached: true,
});
pipeLines(nginx, "nginx");
children.set("nginx", nginx);
nginx.on("exit", (code, signal) => {
  children.delete("nginx");
  if (!stopping) {
    log(`nginx exited (${signal ?? code}); see ${path.join(prefix, "error.log")}`);
    void stop("nginx exit", 1);
  }
});
await waitUntil(() => answers(`http://127.0.0.1:${options.port}/robots.txt`), "nginx", 15_000);
// For operators and tests: which process is which.
writeFileSync(path.join(prefix, "cluster.json"), JSON.stringify({ port: options.port, nginxPid: nginx.pid, instances }, null, 2));
log(`ready on http://localhost:${options.port} (nginx ${nginx.pid}; ${instances.map((i) => `${i.id} pid ${i.pid}`).join(", ")})`);
