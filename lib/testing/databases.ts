// Runs a storage suite once per database engine: SQLite in a temp file, PostgreSQL in a fresh database.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, inject } from "vitest";
import { openDatabase, type Database, type DbKind } from "../db/database";
import { migrate } from "../db/migrate";

let counter = 0;

export interface TestDatabase {
  kind: DbKind;
  url: string;
}

/** Creates an empty database of the given kind, migrated unless told not to, and returns its URL. */
export async function createTestDatabase(kind: DbKind, { migrated = true } = {}): Promise<TestDatabase> {
  counter += 1;
  if (kind === "sqlite") {
    const dir = mkdtempSync(path.join(os.tmpdir(), "booking-test-"));
    const url = `file:${path.join(dir, "test.db")}`;
    if (migrated) await migrate(url);
    return { kind, url };
  }
  const admin = inject("postgresAdminUrl");
  if (!admin) throw new Error("PostgreSQL is not available");
  const name = `${inject("testRunId")}_${process.pid}_${counter}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`CREATE DATABASE "${name}"`);
  await client.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  if (migrated) await migrate(url.toString());
  return { kind, url: url.toString() };
}

export async function dropTestDatabase(db: TestDatabase): Promise<void> {
  if (db.kind === "sqlite") {
    rmSync(path.dirname(db.url.slice("file:".length)), { recursive: true, force: true });
    return;
  }
  const admin = inject("postgresAdminUrl");
  if (!admin) return;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${new URL(db.url).pathname.slice(1)}" WITH (FORCE)`);
  await client.end();
}

export const databaseKinds: DbKind[] = ["sqlite", "postgres"];

/**
 * `describe` once per engine, with a fresh migrated database for the block.
 * Without PostgreSQL the postgres block is skipped (global setup has said so loudly).
 */
export function describeEachDatabase(name: string, body: (db: () => Database, info: () => TestDatabase) => void) {
  for (const kind of databaseKinds) {
    const available = kind === "sqlite" || postgresAvailable();
    describe.skipIf(!available)(`${name} [${kind}]`, () => {
      let info: TestDatabase;
      let database: Database;
      beforeAll(async () => {
        info = await createTestDatabase(kind);
        database = await openDatabase(info.url);
      });
      afterAll(async () => {
        await database?.close();
        if (info) await dropTestDatabase(info);
      });
      body(
        () => database,
        () => info,
      );
    });
  }
}

/** Whether this run has a PostgreSQL to test on (global setup has said so loudly when not). */
export function postgresAvailable(): boolean {
  return inject("postgresAdminUrl") !== null;
}
