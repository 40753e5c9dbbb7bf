// A production server of the current build (`npm run build` first) on a fresh database with the demo data,
// for the measurements that go through HTTP (Lighthouse, bench:http). Limits off: one address plays everyone.
import { spawn, type ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";

export interface ProductionServer {
  url: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

export interface ServerOptions {
  port: number;
  /** A SQLite file under data/ (made fresh), or a PostgreSQL URL (the caller makes it fresh). */
  database: { sqliteFile: string } | { url: string };
  /** Write a V8 CPU profile of the server into this folder when it stops. */
  cpuProfileDir?: string;
  env?: Record<string, string>;
}

export async function startProductionServer(options: ServerOptions): Promise<ProductionServer> {
  let databaseUrl: string;
  if ("sqliteFile" in options.database) {
    for (const suffix of ["", "-wal", "-shm"]) rmSync(`${options.database.sqliteFile}${suffix}`, { force: true });
    databaseUrl = `file:./${options.database.sqliteFile}`;
  } else databaseUrl = options.database.url;
  const profile = options.cpuProfileDir ? ["--cpu-prof", `--cpu-prof-dir=${options.cpuProfileDir}`] : [];
  const child = spawn(process.execPath, [...profile, "--import", "tsx", "server.ts"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(options.port),
      DATABASE_URL: databaseUrl,
      ADMIN_PASSWORD: "bench-staff-password",
      SESSION_SECRET: "bench-session-secret-long-enough-to-seal-it",
      RATE_LIMITS: "off",
      ...options.env,
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const url = `http://localhost:${options.port}`;
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once("exit", () => resolve());
      // SIGINT: server.ts closes cleanly, so a CPU profile is written.
      child.kill("SIGINT");
    });
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null) throw new Error(`The server stopped (exit ${child.exitCode})`);
    const ok = await fetch(`${url}/api/shows/arena-tour`).then((r) => r.ok, () => false);
    if (ok) return { url, process: child, stop };
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  await stop();
  throw new Error("The server did not start within two minutes");
}
