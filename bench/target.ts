// The database a run writes to, made fresh for it and removed afterwards: a temp SQLite file, or a
// PostgreSQL database named bench_<timestamp> on the given server.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { DbKind } from "../lib/db/database";

export interface BenchTarget {
  kind: DbKind;
  url: string;
  /** Where it lives, for the report (no credentials). */
  where: string;
  drop(): Promise<void>;
}

export async function createTarget(kind: DbKind, pgUrl: string): Promise<BenchTarget> {
  if (kind === "sqlite") {
    const dir = mkdtempSync(path.join(os.tmpdir(), "booking-bench-"));
    const file = path.join(dir, "bench.db");
    return { kind, url: `file:${file}`, where: file, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const name = `bench_${Date.now()}`;
  await admin(pgUrl, `CREATE DATABASE "${name}"`);
  const url = new URL(pgUrl);
  url.pathname = `/${name}`;
  return {
    kind,
    url: url.toString(),
    where: `${url.host}/${name}`,
    // FORCE: connections a failed phase left open must not keep the database alive.
    drop: () => admin(pgUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}

async function admin(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
