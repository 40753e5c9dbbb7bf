// Shadow copies of a projection's read tables, for blue/green rebuilds: a rebuild fills `<table>_rebuild`
// while pages keep reading `<table>`, then swaps it in with a drop and a rename in one short transaction.
// The shadow is made from the live table's own definition, so a migration that changes a read table
// needs nothing here. It carries only the primary key while it is filled (bulk writes stay cheap); the
// live table's other indexes are built on it before or during the swap, under their original names.
import type { DbKind } from "../db/database";
import type { SqlSession } from "../db/driver";

export const shadowName = (table: string) => `${table}_rebuild`;

export interface ShadowTable {
  readonly table: string;
  /** Drops what a crashed rebuild left and creates an empty shadow shaped like the live table. */
  create(sql: SqlSession): Promise<void>;
  /** After the bulk fill, before the swap: builds what can be built outside the swap's transaction. */
  index(sql: SqlSession): Promise<void>;
  /** Inside the swap's transaction: the shadow becomes the live table, with the live table's indexes. */
  swapIn(sql: SqlSession): Promise<void>;
  /** A failed rebuild leaves nothing behind. */
  drop(sql: SqlSession): Promise<void>;
}

export function shadowTable(kind: DbKind, table: string): ShadowTable {
  return kind === "sqlite" ? sqliteShadow(table) : postgresShadow(table);
}

const quoted = (name: string) => `"${name}"`;

function sqliteShadow(table: string): ShadowTable {
  const shadow = shadowName(table);
  return {
    table,
    async create(sql) {
      await sql.run(`DROP TABLE IF EXISTS ${quoted(shadow)}`);
      const [row] = await sql.rows<{ sql: string }>("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", [table]);
      if (!row) throw new Error(`There is no table ${table} to rebuild`);
      // The primary key is part of the table's definition (an automatic index that renames with it).
      await sql.run(row.sql.replace(/^CREATE TABLE\s+("?)\w+\1/i, `CREATE TABLE ${quoted(shadow)}`));
    },
    // SQLite cannot rename an index, and readers in WAL mode never wait for a writer: the indexes are
    // built inside the swap, which only delays other writers for as long as that takes.
    async index() {},
    async swapIn(sql) {
      const indexes = await sql.rows<{ sql: string }>(
        "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL",
        [table],
      );
      await sql.run(`DROP TABLE ${quoted(table)}`);
      await sql.run(`ALTER TABLE ${quoted(shadow)} RENAME TO ${quoted(table)}`);
      for (const index of indexes) await sql.run(index.sql);
    },
    async drop(sql) {
      await sql.run(`DROP TABLE IF EXISTS ${quoted(shadow)}`);
    },
  };
}

/** A live index as PostgreSQL would create it again ("CREATE INDEX name ON public.table USING ..."). */
interface PgIndex {
  name: string;
  definition: string;
}

function postgresShadow(table: string): ShadowTable {
  const shadow = shadowName(table);
  const temporary = (name: string) => `${name}_rebuild`;
  const primaryKey = async (sql: SqlSession) => {
    const [row] = await sql.rows<{ name: string; definition: string }>(
      `SELECT conname::text AS name, pg_get_constraintdef(oid) AS definition FROM pg_constraint
        WHERE conrelid = to_regclass($1) AND contype = 'p'`,
      [table],
    );
    if (!row) throw new Error(`Table ${table} has no primary key to rebuild by`);
    return row;
  };
  const secondaryIndexes = (sql: SqlSession) =>
    sql.rows<PgIndex>(
      `SELECT i.indexname::text AS name, i.indexdef AS definition FROM pg_indexes i
        WHERE i.schemaname = current_schema() AND i.tablename = $1
          AND i.indexname NOT IN (SELECT conname FROM pg_constraint WHERE conrelid = to_regclass($1) AND contype = 'p')`,
      [table],
    );
  return {
    table,
    async create(sql) {
      await sql.run(`DROP TABLE IF EXISTS ${quoted(shadow)}`);
      await sql.run(`CREATE TABLE ${quoted(shadow)} (LIKE ${quoted(table)} INCLUDING DEFAULTS)`);
      const pk = await primaryKey(sql);
      await sql.run(`ALTER TABLE ${quoted(shadow)} ADD CONSTRAINT ${quoted(temporary(pk.name))} ${pk.definition}`);
    },
    // Built on the filled shadow under temporary names; the swap only renames them (cheap).
    async index(sql) {
      for (const index of await secondaryIndexes(sql)) {
        const definition = index.definition.replace(
          /^CREATE (UNIQUE )?INDEX (\S+) ON (\S+?\.)?(\S+) /,
          (_m, unique: string | undefined, _name: string, schema: string | undefined) =>
            `CREATE ${unique ?? ""}INDEX ${quoted(temporary(index.name))} ON ${schema ?? ""}${quoted(shadow)} `,
        );
        await sql.run(`DROP INDEX IF EXISTS ${quoted(temporary(index.name))}`);
        await sql.run(definition);
      }
    },
    async swapIn(sql) {
      const pk = await primaryKey(sql);
      const indexes = await secondaryIndexes(sql);
      await sql.run(`DROP TABLE ${quoted(table)}`);
      await sql.run(`ALTER TABLE ${quoted(shadow)} RENAME TO ${quoted(table)}`);
      await sql.run(`ALTER TABLE ${quoted(table)} RENAME CONSTRAINT ${quoted(temporary(pk.name))} TO ${quoted(pk.name)}`);
      for (const index of indexes) await sql.run(`ALTER INDEX ${quoted(temporary(index.name))} RENAME TO ${quoted(index.name)}`);
    },
    async drop(sql) {
      await sql.run(`DROP TABLE IF EXISTS ${quoted(shadow)}`);
    },
  };
}
