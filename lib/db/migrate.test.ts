// The SQL migration runner, on SQLite and on PostgreSQL: order, idempotence, immutability of applied
// migrations, rollback of a failing one, concurrent starters, and the append-only trigger of 0002.
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import BetterSqlite3 from "better-sqlite3";
import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { databaseKinds, describeEachDatabase, dropTestDatabase, type TestDatabase } from "../testing/databases";
import type { DbKind } from "./database";
import { migrate, MigrationChangedError, migrationsDir } from "./migrate";

const ROOT = path.resolve(import.meta.dirname, "../..");
const run = promisify(execFile);

// ---------------------------------------------------------------------------------------------
// Helpers: empty databases, raw queries, temporary migration folders.

const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

let counter = 0;

/** A database with nothing in it (not even schema_migrations), dropped after the file. */
async function createEmptyDatabase(kind: DbKind): Promise<TestDatabase> {
  counter += 1;
  if (kind === "sqlite") {
    const dir = mkdtempSync(path.join(os.tmpdir(), "booking-migrate-test-"));
    const db: TestDatabase = { kind, url: `file:${path.join(dir, "test.db")}` };
    cleanups.push(() => dropTestDatabase(db));
    return db;
  }
  const admin = inject("postgresAdminUrl");
  if (!admin) throw new Error("PostgreSQL is not available");
  // The run-id prefix lets global teardown drop it even if this file crashes.
  const name = `${inject("testRunId")}_${process.pid}_migrate_${counter}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  const url = new URL(admin);
  url.pathname = `/${name}`;
  const db: TestDatabase = { kind, url: url.toString() };
  cleanups.push(() => dropTestDatabase(db));
  return db;
}

type Row = Record<string, unknown>;

/** Runs one SELECT through the raw driver and returns its rows. */
async function query<T extends Row = Row>(db: TestDatabase, sql: string): Promise<T[]> {
  if (db.kind === "sqlite") {
    const conn = new BetterSqlite3(db.url.slice("file:".length), { fileMustExist: true });
    try {
      return conn.prepare(sql).all() as T[];
    } finally {
      conn.close();
    }
  }
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

async function tableExists(db: TestDatabase, table: string): Promise<boolean> {
  const rows =
    db.kind === "sqlite"
      ? await query(db, `SELECT name FROM sqlite_master WHERE type = 'table' AND name = '${table}'`)
      : await query(db, `SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = '${table}'`);
  return rows.length === 1;
}

interface AppliedRow extends Row {
  name: string;
  checksum: string;
  applied_at: string;
}

async function appliedMigrations(db: TestDatabase): Promise<AppliedRow[]> {
  if (!(await tableExists(db, "schema_migrations"))) return [];
  return query<AppliedRow>(db, "SELECT name, checksum, applied_at FROM schema_migrations ORDER BY name");
}

async function appliedNames(db: TestDatabase): Promise<string[]> {
  return (await appliedMigrations(db)).map((r) => r.name);
}

/** The names in the `log` table the test migrations write to, in the order they were written. */
async function logged(db: TestDatabase): Promise<string[]> {
  if (!(await tableExists(db, "log"))) return [];
  return (await query<{ name: string }>(db, "SELECT name FROM log ORDER BY id")).map((r) => r.name);
}

/** A temporary migration folder holding these files (written in the given order). */
function migrationFolder(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "booking-migrations-"));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  for (const [name, sql] of Object.entries(files)) writeFileSync(path.join(dir, name), sql);
  return dir;
}

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/** Portable SQL (SQLite and PostgreSQL): appends `name` to the log, numbering rows in write order. */
function logStatement(name: string): string {
  return `INSERT INTO log (id, name) SELECT COUNT(*) + 1, '${name}' FROM log;\n`;
}

const CREATE_LOG = `CREATE TABLE log (id INTEGER PRIMARY KEY, name TEXT NOT NULL);\n${logStatement("0001")}`;

/** The rejection of a promise, failing the test if it resolves. */
async function rejectionOf(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(Error);
    return error as Error;
  }
  return expect.unreachable("expected the promise to reject");
}

/**
 * What one starting app instance does: migrate. better-sqlite3 is synchronous, so SQLite migrators race
 * only as separate processes; PostgreSQL migrators race as separate connections of this process (which
 * overlaps them far more tightly than processes with their start-up jitter would).
 */
async function startInstance(url: string, dir: string): Promise<string[]> {
  if (url.startsWith("file:")) {
    const script =
      "const { migrate } = await import(process.argv[1]);" +
      "console.log(JSON.stringify(await migrate(process.argv[2], process.argv[3])));";
    const moduleUrl = pathToFileURL(path.join(ROOT, "lib/db/migrate.ts")).href;
    const { stdout } = await run(
      process.execPath,
      ["--import", "tsx", "--input-type=module", "-e", script, moduleUrl, url, dir],
      { cwd: ROOT },
    );
    return JSON.parse(stdout.trim()) as string[];
  }
  return migrate(url, dir);
}

// ---------------------------------------------------------------------------------------------

for (const kind of databaseKinds) {
  const available = kind === "sqlite" || inject("postgresAdminUrl") !== null;

  describe.skipIf(!available)(`migrate [${kind}]`, () => {
    it("applies the committed migrations to an empty database in order, then nothing the second time", async () => {
      const db = await createEmptyDatabase(kind);
      const dir = migrationsDir(kind, ROOT);
      const files = readdirSync(dir)
        .filter((f) => f.endsWith(".sql"))
        .sort();
      expect(files.length).toBeGreaterThanOrEqual(2);

      expect(await migrate(db.url)).toEqual(files);
      expect(await migrate(db.url)).toEqual([]);

      const rows = await appliedMigrations(db);
      expect(rows.map((r) => r.name)).toEqual(files);
      for (const row of rows) {
        expect(row.checksum).toBe(sha256(readFileSync(path.join(dir, row.name), "utf8")));
        expect(new Date(row.applied_at).toISOString()).toBe(row.applied_at);
      }
      expect(await tableExists(db, "events")).toBe(true);
    });

    it("applies migrations in file-name order, each once, and ignores files that are not .sql", async () => {
      const db = await createEmptyDatabase(kind);
      // Written out of order; 0002+ need the table 0001 creates, so a wrong order fails outright.
      const dir = migrationFolder({
        "0010_tenth.sql": logStatement("0010"),
        "0002_second.sql": logStatement("0002"),
        "README.md": "this is not SQL and must not be run",
        "0001_create_log.sql": CREATE_LOG,
        "0009_ninth.sql": logStatement("0009"),
      });
      const names = ["0001_create_log.sql", "0002_second.sql", "0009_ninth.sql", "0010_tenth.sql"];

      expect(await migrate(db.url, dir)).toEqual(names);
      expect(await logged(db)).toEqual(["0001", "0002", "0009", "0010"]);

      expect(await migrate(db.url, dir)).toEqual([]);
      expect(await migrate(db.url, dir)).toEqual([]);
      expect(await logged(db)).toEqual(["0001", "0002", "0009", "0010"]);
      const rows = await appliedMigrations(db);
      expect(rows.map((r) => r.name)).toEqual(names);
      expect(new Set(rows.map((r) => r.name)).size).toBe(rows.length);
    });

    it("applies only the new migration when one is added later", async () => {
      const db = await createEmptyDatabase(kind);
      const dir = migrationFolder({ "0001_create_log.sql": CREATE_LOG, "0002_second.sql": logStatement("0002") });
      expect(await migrate(db.url, dir)).toEqual(["0001_create_log.sql", "0002_second.sql"]);

      writeFileSync(path.join(dir, "0003_third.sql"), logStatement("0003"));
      expect(await migrate(db.url, dir)).toEqual(["0003_third.sql"]);
      expect(await logged(db)).toEqual(["0001", "0002", "0003"]);
      expect(await appliedNames(db)).toEqual(["0001_create_log.sql", "0002_second.sql", "0003_third.sql"]);
    });

    it("refuses a migration changed after it was applied, names the file, and applies nothing", async () => {
      const db = await createEmptyDatabase(kind);
      const dir = migrationFolder({ "0001_create_log.sql": CREATE_LOG, "0002_second.sql": logStatement("0002") });
      await migrate(db.url, dir);
      const before = await appliedMigrations(db);

      // Even a trailing comment is a change: applied migrations are immutable, byte for byte.
      writeFileSync(path.join(dir, "0002_second.sql"), `${logStatement("0002")}-- tweaked afterwards\n`);
      writeFileSync(path.join(dir, "0003_third.sql"), logStatement("0003"));

      const error = await rejectionOf(migrate(db.url, dir));
      expect(error).toBeInstanceOf(MigrationChangedError);
      const changed = error as MigrationChangedError;
      expect(changed.code).toBe("MIGRATION_CHANGED");
      expect(changed.migration).toBe("0002_second.sql");
      expect(changed.message).toContain("0002_second.sql");
      expect(changed.message).toMatch(/changed after it was applied/);

      // Nothing ran: not the pending 0003, not the edited 0002 again.
      expect(await appliedMigrations(db)).toEqual(before);
      expect(await logged(db)).toEqual(["0001", "0002"]);

      // Restoring the file makes the folder acceptable again.
      writeFileSync(path.join(dir, "0002_second.sql"), logStatement("0002"));
      expect(await migrate(db.url, dir)).toEqual(["0003_third.sql"]);
    });

    it("rolls a failing migration back, does not record it, names it in the error, and stops there", async () => {
      const db = await createEmptyDatabase(kind);
      const dir = migrationFolder({ "0001_create_log.sql": CREATE_LOG });
      await migrate(db.url, dir);

      // Partial effects first (a new table, a row in an existing one), then a failing statement.
      const broken = `CREATE TABLE partial (id INTEGER PRIMARY KEY);\n${logStatement("0002")}INSERT INTO no_such_table (id) VALUES (1);\n`;
      writeFileSync(path.join(dir, "0002_broken.sql"), broken);
      writeFileSync(path.join(dir, "0003_after.sql"), logStatement("0003"));

      const error = await rejectionOf(migrate(db.url, dir));
      expect(error).not.toBeInstanceOf(MigrationChangedError);
      expect(error.message).toContain("0002_broken.sql");
      expect(error.message).toMatch(/no_such_table/);

      expect(await tableExists(db, "partial")).toBe(false);
      expect(await logged(db)).toEqual(["0001"]);
      expect(await appliedNames(db)).toEqual(["0001_create_log.sql"]);

      // It was never recorded, so it may be fixed in place; then it and the rest apply.
      writeFileSync(path.join(dir, "0002_broken.sql"), `CREATE TABLE partial (id INTEGER PRIMARY KEY);\n${logStatement("0002")}`);
      expect(await migrate(db.url, dir)).toEqual(["0002_broken.sql", "0003_after.sql"]);
      expect(await logged(db)).toEqual(["0001", "0002", "0003"]);
      expect(await tableExists(db, "partial")).toBe(true);
    });

    it("records exactly the migrations whose effects exist when one fails in the same run", async () => {
      const db = await createEmptyDatabase(kind);
      const dir = migrationFolder({
        "0001_create_log.sql": CREATE_LOG,
        "0002_broken.sql": `CREATE TABLE partial (id INTEGER PRIMARY KEY);\nINSERT INTO no_such_table (id) VALUES (1);\n`,
      });
      const error = await rejectionOf(migrate(db.url, dir));
      expect(error.message).toContain("0002_broken.sql");

      // Engines may differ on whether earlier migrations of the failed run stay applied (one transaction
      // per migration, or one per run), but a migration is recorded if and only if its effects are there.
      const recorded = await appliedNames(db);
      expect(recorded).not.toContain("0002_broken.sql");
      expect(await tableExists(db, "partial")).toBe(false);
      expect(await tableExists(db, "log")).toBe(recorded.includes("0001_create_log.sql"));
    });

    it("lets several instances start at once on an empty database: each migration is applied exactly once", async () => {
      const db = await createEmptyDatabase(kind);
      const dir = migrationsDir(kind, ROOT);
      const results = await Promise.allSettled(Array.from({ length: 4 }, () => startInstance(db.url, dir)));

      const failures = results.flatMap((r) => (r.status === "rejected" ? [String((r.reason as Error).message)] : []));
      expect(failures).toEqual([]);
      const appliedByEach = results.map((r) => (r.status === "fulfilled" ? r.value : []));
      const files = readdirSync(dir)
        .filter((f) => f.endsWith(".sql"))
        .sort();
      expect(appliedByEach.flat().sort()).toEqual(files);
      expect(await appliedNames(db)).toEqual(files);
    });
  });
}

// ---------------------------------------------------------------------------------------------

describeEachDatabase("events are append-only (migration 0002)", (db) => {
  const event = (version: number) => ({
    streamId: "show-append-only",
    category: "show",
    version,
    type: "ShowScheduled",
    schemaVersion: 1,
    data: JSON.stringify({ title: "Original" }),
    metadata: "{}",
    correlationId: "corr-1",
    actor: "test",
    occurredAt: new Date("2026-01-01T00:00:00.000Z"),
  });

  async function snapshot() {
    return db().prisma.event.findMany({ orderBy: { position: "asc" } });
  }

  it("still accepts appends", async () => {
    await db().prisma.event.create({ data: event(1) });
    await db().prisma.event.create({ data: event(2) });
    expect(await db().prisma.event.count()).toBe(2);
  });

  it.each([
    ["UPDATE", `UPDATE events SET type = 'Tampered' WHERE version = 1`],
    ["UPDATE of every row", `UPDATE events SET data = '{}'`],
    ["DELETE", `DELETE FROM events WHERE version = 1`],
    ["DELETE of every row", `DELETE FROM events`],
  ])("refuses a raw %s and changes nothing", async (_label, sql) => {
    const before = await snapshot();
    expect(before.length).toBeGreaterThan(0);
    await expect(db().prisma.$executeRawUnsafe(sql)).rejects.toThrow(/append-only/);
    expect(await snapshot()).toEqual(before);
  });

  it("refuses updates and deletes through the Prisma client", async () => {
    const before = await snapshot();
    const first = before[0]!;
    const attempts: [string, () => Promise<unknown>][] = [
      ["update", () => db().prisma.event.update({ where: { position: first.position }, data: { type: "Tampered" } })],
      ["updateMany", () => db().prisma.event.updateMany({ data: { actor: "someone else" } })],
      ["delete", () => db().prisma.event.delete({ where: { position: first.position } })],
      ["deleteMany", () => db().prisma.event.deleteMany({})],
    ];
    for (const [label, attempt] of attempts) {
      const error = await rejectionOf(attempt());
      // The SQLite adapter reports a trigger's RAISE(ABORT) as a foreign key violation (P2003) and keeps
      // the trigger's own message only in meta.driverAdapterError; PostgreSQL puts it in the message.
      expect(`${error.message} ${JSON.stringify((error as { meta?: unknown }).meta ?? null)}`, label).toMatch(
        /append-only/,
      );
    }
    expect(await snapshot()).toEqual(before);
  });

  it("refuses TRUNCATE on PostgreSQL", async ({ skip }) => {
    if (db().kind !== "postgres") return skip("SQLite has no TRUNCATE (DELETE without WHERE is covered above)");
    const before = await snapshot();
    await expect(db().prisma.$executeRawUnsafe(`TRUNCATE events`)).rejects.toThrow(/append-only/);
    expect(await snapshot()).toEqual(before);
  });
});
