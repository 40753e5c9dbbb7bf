// Applies the committed SQL migrations (prisma/<engine>/migrations/*.sql) in order, each once, each in
// a transaction, through the raw driver. A migration edited after it was applied is refused.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import BetterSqlite3 from "better-sqlite3";
import pg from "pg";
import { dbKindOf, sqliteFilePath, type DbKind } from "./database";
import { LOCKS } from "./advisory-lock";

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

export class MigrationChangedError extends Error {
  readonly code = "MIGRATION_CHANGED";
  constructor(readonly migration: string) {
    super(
      `Migration ${migration} was changed after it was applied. Applied migrations are immutable: ` +
        `restore the file and add a new migration for the change.`,
    );
  }
}

export function migrationsDir(kind: DbKind, root = process.cwd()): string {
  return path.join(root, "prisma", kind, "migrations");
}

export function loadMigrations(dir: string): Migration[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".sql"))
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

interface Applied {
  name: string;
  checksum: string;
}

function pending(migrations: Migration[], applied: Applied[]): Migration[] {
  const byName = new Map(applied.map((a) => [a.name, a.checksum]));
  for (const m of migrations) {
    const checksum = byName.get(m.name);
    if (checksum !== undefined && checksum !== m.checksum) throw new MigrationChangedError(m.name);
  }
  return migrations.filter((m) => !byName.has(m.name));
}

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS schema_migrations (
  name TEXT PRIMARY KEY, checksum TEXT NOT NULL, applied_at TEXT NOT NULL)`;

function migrateSqlite(url: string, migrations: Migration[]): string[] {
  const db = new BetterSqlite3(sqliteFilePath(url), { timeout: 10_000 });
  try {
    db.pragma("journal_mode = WAL");
    db.exec(CREATE_TABLE);
    // IMMEDIATE takes the write lock first, so two processes starting at once do not both migrate.
    const run = db.transaction(() => {
      const applied = db.prepare("SELECT name, checksum FROM schema_migrations").all() as Applied[];
      const todo = pending(migrations, applied);
      const insert = db.prepare("INSERT INTO schema_migrations (name, checksum, applied_at) VALUES (?, ?, ?)");
      for (const m of todo) {
        try {
          db.exec(m.sql);
        } catch (error) {
          throw new Error(`Migration ${m.name} failed: ${(error as Error).message}`, { cause: error });
        }
        insert.run(m.name, m.checksum, new Date().toISOString());
      }
      return todo.map((m) => m.name);
    });
    return run.immediate();
  } finally {
    db.close();
  }
}

async function migratePostgres(url: string, migrations: Migration[]): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // One migrator at a time across instances: a session-level advisory lock, taken before anything else
    // (concurrent CREATE TABLE IF NOT EXISTS races on pg_type and fails).
    await client.query("SELECT pg_advisory_lock($1)", [LOCKS.migrations]);
    try {
      await client.query(CREATE_TABLE);
      const applied = (await client.query<Applied>("SELECT name, checksum FROM schema_migrations")).rows;
      const todo = pending(migrations, applied);
      for (const m of todo) {
        await client.query("BEGIN");
        try {
          await client.query(m.sql);
          await client.query("INSERT INTO schema_migrations (name, checksum, applied_at) VALUES ($1, $2, $3)", [
            m.name,
            m.checksum,
            new Date().toISOString(),
          ]);
          await client.query("COMMIT");
        } catch (error) {
          await client.query("ROLLBACK");
          throw new Error(`Migration ${m.name} failed: ${(error as Error).message}`, { cause: error });
        }
      }
      return todo.map((m) => m.name);
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [LOCKS.migrations]);
    }
  } finally {
    await client.end();
  }
}

/** Applies what is pending and returns the names applied now. */
export async function migrate(url: string, dir = migrationsDir(dbKindOf(url))): Promise<string[]> {
  const migrations = loadMigrations(dir);
  return dbKindOf(url) === "sqlite" ? migrateSqlite(url, migrations) : migratePostgres(url, migrations);
}
