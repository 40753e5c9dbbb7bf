// Keeps the two Prisma schemas, the generated clients, the committed SQL migrations and the migrated
// databases in agreement, so a model change without a migration (or for one engine only) fails here.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { DbKind } from "../lib/db/database";
import { Prisma as PostgresPrisma } from "../lib/db/generated/postgres";
import { Prisma } from "../lib/db/generated/sqlite";
import { migrationsDir } from "../lib/db/migrate";
import { describeEachDatabase } from "../lib/testing/databases";

const ROOT = path.resolve(import.meta.dirname, "..");
const KINDS: DbKind[] = ["sqlite", "postgres"];

// ---------------------------------------------------------------------------------------------
// Reading a .prisma file

/** Removes `//` and `///` comments (outside string literals). */
function stripComments(schema: string): string {
  return schema
    .split("\n")
    .map((line) => {
      let inString = false;
      for (let i = 0; i < line.length; i += 1) {
        const ch = line[i];
        if (ch === "\\" && inString) i += 1;
        else if (ch === '"') inString = !inString;
        else if (!inString && ch === "/" && line[i + 1] === "/") return line.slice(0, i);
      }
      return line;
    })
    .join("\n");
}

function normaliseWhitespace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

interface Block {
  keyword: string;
  name: string;
  body: string;
}

/** The top-level blocks (`model X { ... }`, `generator y { ... }`, ...) of a comment-free schema. */
function topLevelBlocks(schema: string): Block[] {
  const blocks: Block[] = [];
  const header = /(\w+)\s+(\w+)\s*\{/g;
  let rest = schema;
  for (;;) {
    header.lastIndex = 0;
    const match = header.exec(rest);
    if (!match) break;
    const before = rest.slice(0, match.index);
    if (before.trim() !== "") throw new Error(`Unexpected text outside a block: ${before.trim().slice(0, 80)}`);
    let depth = 1;
    let i = match.index + match[0].length;
    for (; i < rest.length && depth > 0; i += 1) {
      if (rest[i] === "{") depth += 1;
      else if (rest[i] === "}") depth -= 1;
    }
    if (depth !== 0) throw new Error(`Unclosed block ${match[1]} ${match[2]}`);
    blocks.push({ keyword: match[1]!, name: match[2]!, body: rest.slice(match.index + match[0].length, i - 1) });
    rest = rest.slice(i);
  }
  if (rest.trim() !== "") throw new Error(`Unexpected text after the last block: ${rest.trim().slice(0, 80)}`);
  return blocks;
}

/** Every block except generator and datasource, keyed `model Name`, as whitespace-normalised text. */
function modelBlocks(schema: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const block of topLevelBlocks(stripComments(schema))) {
    if (block.keyword === "generator" || block.keyword === "datasource") continue;
    result[`${block.keyword} ${block.name}`] = normaliseWhitespace(block.body);
  }
  return result;
}

function readSchema(kind: DbKind): string {
  return readFileSync(path.join(ROOT, "prisma", kind, "schema.prisma"), "utf8");
}

// ---------------------------------------------------------------------------------------------
// What the schema and the generated client expect of the database

type Model = (typeof Prisma.dmmf.datamodel.models)[number];
const models: readonly Model[] = Prisma.dmmf.datamodel.models;

const tableOf = (model: Model) => model.dbName ?? model.name;
const scalarFields = (model: Model) => model.fields.filter((f) => f.kind === "scalar");
const columnOf = (model: Model, field: string): string => {
  const found = model.fields.find((f) => f.name === field);
  if (!found) throw new Error(`${model.name} has no field ${field}`);
  return found.dbName ?? found.name;
};

interface Column {
  name: string;
  type: string;
  nullable: boolean;
}

interface Index {
  name: string;
  unique: boolean;
  columns: string[];
}

interface TableShape {
  columns: Column[];
  primaryKey: string[];
  indexes: Index[];
}

/** Database type families per Prisma scalar type (what `prisma migrate diff` writes for each engine). */
const COLUMN_TYPES: Record<string, Record<DbKind, string[]>> = {
  Int: { sqlite: ["INTEGER"], postgres: ["integer"] },
  BigInt: { sqlite: ["BIGINT", "INTEGER"], postgres: ["bigint"] },
  String: { sqlite: ["TEXT"], postgres: ["text"] },
  DateTime: { sqlite: ["DATETIME"], postgres: ["timestamp without time zone"] },
  Boolean: { sqlite: ["BOOLEAN"], postgres: ["boolean"] },
  Float: { sqlite: ["REAL"], postgres: ["double precision"] },
};

/** The field lines and `@@` attributes of one model, from the (shared) schema text. */
function modelLines(schema: string, model: Model): string[] {
  const block = topLevelBlocks(stripComments(schema)).find((b) => b.keyword === "model" && b.name === model.name);
  if (!block) throw new Error(`model ${model.name} is not in the schema`);
  return block.body
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "");
}

function parseFieldList(list: string): string[] {
  return list
    .split(",")
    .map((f) => f.trim().replace(/\(.*\)$/, ""))
    .filter((f) => f !== "");
}

function mapArgument(args: string): string | undefined {
  return /\bmap:\s*"([^"]+)"/.exec(args)?.[1];
}

/**
 * The table a model needs: columns (name, type, nullability), primary key and indexes, with Prisma's
 * default constraint names (`<table>_<columns>_idx` / `_key`) unless `map:` names them.
 */
function expectedShape(schema: string, model: Model, kind: DbKind): TableShape {
  const table = tableOf(model);
  const lines = modelLines(schema, model);
  const fieldLine = (name: string) => lines.find((l) => l.split(/\s+/)[0] === name) ?? "";
  const defaultName = (columns: string[], suffix: string) => `${table}_${columns.join("_")}_${suffix}`;

  const columns = scalarFields(model).map((field): Column => {
    const declaredType = fieldLine(field.name).split(/\s+/)[1] ?? "";
    const types = COLUMN_TYPES[field.type];
    if (!types) throw new Error(`No column type known for Prisma type ${field.type}: add it to COLUMN_TYPES`);
    return {
      name: field.dbName ?? field.name,
      // Any of the accepted spellings; the comparison below maps the actual type onto this list.
      type: types[kind].join(" | "),
      nullable: declaredType.endsWith("?"),
    };
  });

  let primaryKey: string[] = [];
  const indexes: Index[] = [];
  for (const line of lines) {
    const block = /^@@(id|unique|index)\(\s*(?:fields:\s*)?\[([^\]]*)\](.*)\)$/.exec(line);
    if (block) {
      const [, kindOfIndex, list, args] = block;
      const cols = parseFieldList(list!).map((f) => columnOf(model, f));
      if (kindOfIndex === "id") primaryKey = cols;
      else {
        const unique = kindOfIndex === "unique";
        indexes.push({ name: mapArgument(args!) ?? defaultName(cols, unique ? "key" : "idx"), unique, columns: cols });
      }
      continue;
    }
    if (line.startsWith("@@")) continue;
    const [fieldName] = line.split(/\s+/);
    if (!fieldName) continue;
    if (/\s@id\b/.test(line)) primaryKey = [columnOf(model, fieldName)];
    const unique = /\s@unique\b(\(([^)]*)\))?/.exec(line);
    if (unique) {
      const col = columnOf(model, fieldName);
      indexes.push({ name: mapArgument(unique[2] ?? "") ?? defaultName([col], "key"), unique: true, columns: [col] });
    }
  }
  return {
    columns: sortBy(columns, (c) => c.name),
    primaryKey,
    indexes: sortBy(indexes, (i) => i.name),
  };
}

function sortBy<T>(items: T[], key: (item: T) => string): T[] {
  return [...items].sort((a, b) => key(a).localeCompare(key(b)));
}

// ---------------------------------------------------------------------------------------------
// What the committed migration SQL creates

interface MigrationObjects {
  tables: string[];
  indexes: string[];
}

const ident = String.raw`"?([\w]+)"?`;

/** Tables and indexes left after running every migration of an engine's folder, in order. */
function objectsCreatedByMigrations(kind: DbKind): MigrationObjects {
  const dir = migrationsDir(kind, ROOT);
  const tables = new Set<string>();
  const indexTable = new Map<string, string>();
  const statement = new RegExp(
    [
      String.raw`CREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?${ident}`,
      String.raw`DROP\s+TABLE\s+(?:IF\s+EXISTS\s+)?${ident}`,
      String.raw`ALTER\s+TABLE\s+${ident}\s+RENAME\s+TO\s+${ident}`,
      String.raw`CREATE\s+(?:UNIQUE\s+)?INDEX\s+(?:IF\s+NOT\s+EXISTS\s+)?${ident}\s+ON\s+${ident}`,
      String.raw`DROP\s+INDEX\s+(?:IF\s+EXISTS\s+)?${ident}`,
    ].join("|"),
    "gi",
  );
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".sql")).sort()) {
    const sql = readFileSync(path.join(dir, file), "utf8").replace(/--[^\n]*/g, "");
    for (const m of sql.matchAll(statement)) {
      const [, createdTable, droppedTable, renamedFrom, renamedTo, index, indexOn, droppedIndex] = m;
      if (createdTable) tables.add(createdTable);
      if (droppedTable) {
        tables.delete(droppedTable);
        for (const [name, on] of indexTable) if (on === droppedTable) indexTable.delete(name);
      }
      if (renamedFrom && renamedTo) {
        tables.delete(renamedFrom);
        tables.add(renamedTo);
        for (const [name, on] of indexTable) if (on === renamedFrom) indexTable.set(name, renamedTo);
      }
      if (index && indexOn) indexTable.set(index, indexOn);
      if (droppedIndex) indexTable.delete(droppedIndex);
    }
  }
  return { tables: [...tables].sort(), indexes: [...indexTable.keys()].sort() };
}

// ---------------------------------------------------------------------------------------------

describe("the Prisma schemas", () => {
  const sqlite = readSchema("sqlite");
  const postgres = readSchema("postgres");

  it("declare the same models for both engines (comments, generator, datasource and spacing aside)", () => {
    const sqliteModels = modelBlocks(sqlite);
    expect(Object.keys(sqliteModels).sort()).toEqual(models.map((m) => `model ${m.name}`).sort());
    expect(modelBlocks(postgres)).toEqual(sqliteModels);
  });

  it("differ only in their generator output and datasource provider/url", () => {
    const settings = (schema: string) =>
      topLevelBlocks(stripComments(schema))
        .filter((b) => b.keyword === "generator" || b.keyword === "datasource")
        .map((b) => `${b.keyword} ${b.name}`);
    expect(settings(postgres)).toEqual(settings(sqlite));
    expect(settings(sqlite)).toEqual(["generator client", "datasource db"]);
    expect(stripComments(sqlite)).toMatch(/provider\s*=\s*"sqlite"/);
    expect(stripComments(postgres)).toMatch(/provider\s*=\s*"postgresql"/);
  });

  it("comparison ignores comments and spacing but catches a one-character change", () => {
    const reformatted = sqlite
      .replace(/\n/g, "\n\n")
      .replace(/ {2,}/g, "      ")
      .replace(/^(model \w+ \{)$/gm, "// a new comment\n$1 // trailing comment");
    expect(modelBlocks(reformatted)).toEqual(modelBlocks(sqlite));

    const drifted = sqlite.replace(/causationId(\s+)String\?/, "causationId$1String");
    expect(drifted).not.toBe(sqlite);
    expect(modelBlocks(drifted)).not.toEqual(modelBlocks(sqlite));

    // A `//` inside a string literal is not a comment.
    expect(stripComments(`a "x//y" // note`)).toBe(`a "x//y" `);
  });

  it("match the generated clients (run `npm run db:generate` after changing a schema)", () => {
    for (const kind of KINDS) {
      const generated = readFileSync(path.join(ROOT, "lib/db/generated", kind, "schema.prisma"), "utf8");
      expect(normaliseWhitespace(stripComments(generated)), kind).toBe(
        normaliseWhitespace(stripComments(readSchema(kind))),
      );
    }
    expect(PostgresPrisma.dmmf.datamodel.models).toEqual(Prisma.dmmf.datamodel.models);
  });
});

describe("the committed migrations", () => {
  it("come in the same files for both engines", () => {
    const files = (kind: DbKind) =>
      readdirSync(migrationsDir(kind, ROOT))
        .filter((f) => f.endsWith(".sql"))
        .sort();
    expect(files("sqlite").length).toBeGreaterThan(0);
    expect(files("postgres")).toEqual(files("sqlite"));
  });

  it("create the same tables and indexes on both engines, the ones the schema declares", () => {
    const sqlite = objectsCreatedByMigrations("sqlite");
    const postgres = objectsCreatedByMigrations("postgres");
    expect(postgres).toEqual(sqlite);

    expect(sqlite.tables).toEqual(models.map(tableOf).sort());
    const schema = readSchema("sqlite");
    const declared = models.flatMap((m) => expectedShape(schema, m, "sqlite").indexes.map((i) => i.name)).sort();
    expect(sqlite.indexes).toEqual(declared);
  });
});

// ---------------------------------------------------------------------------------------------
// The migrated databases

interface SqliteColumnRow {
  name: string;
  type: string;
  notnull: number | bigint;
  pk: number | bigint;
}

async function actualShape(
  query: <T>(sql: string) => Promise<T[]>,
  kind: DbKind,
  table: string,
): Promise<TableShape> {
  if (kind === "sqlite") {
    const columns = await query<SqliteColumnRow>(
      `SELECT name, type, "notnull", pk FROM pragma_table_info('${table}')`,
    );
    const list = await query<{ name: string; unique: number | bigint; origin: string }>(
      `SELECT name, "unique", origin FROM pragma_index_list('${table}')`,
    );
    const indexes: Index[] = [];
    for (const index of list.filter((i) => i.origin !== "pk")) {
      const cols = await query<{ name: string }>(`SELECT name FROM pragma_index_info('${index.name}') ORDER BY seqno`);
      indexes.push({ name: index.name, unique: Number(index.unique) === 1, columns: cols.map((c) => c.name) });
    }
    return {
      columns: sortBy(
        columns.map((c) => ({ name: c.name, type: c.type, nullable: Number(c.notnull) === 0 })),
        (c) => c.name,
      ),
      primaryKey: columns
        .filter((c) => Number(c.pk) > 0)
        .sort((a, b) => Number(a.pk) - Number(b.pk))
        .map((c) => c.name),
      indexes: sortBy(indexes, (i) => i.name),
    };
  }
  const columns = await query<{ name: string; type: string; nullable: string }>(
    `SELECT column_name::text AS name, data_type::text AS type, is_nullable::text AS nullable
       FROM information_schema.columns
      WHERE table_schema = current_schema() AND table_name = '${table}'`,
  );
  const indexes = await query<{ name: string; unique: boolean; primary: boolean; columns: string[] }>(
    `SELECT c.relname::text AS name, i.indisunique AS "unique", i.indisprimary AS "primary",
            (SELECT array_agg(a.attname::text ORDER BY k.ord)
               FROM unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord)
               JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum) AS columns
       FROM pg_index i
       JOIN pg_class c ON c.oid = i.indexrelid
       JOIN pg_class t ON t.oid = i.indrelid
       JOIN pg_namespace n ON n.oid = t.relnamespace
      WHERE n.nspname = current_schema() AND t.relname = '${table}'`,
  );
  return {
    columns: sortBy(
      columns.map((c) => ({ name: c.name, type: c.type, nullable: c.nullable === "YES" })),
      (c) => c.name,
    ),
    primaryKey: indexes.find((i) => i.primary)?.columns ?? [],
    indexes: sortBy(
      indexes.filter((i) => !i.primary).map(({ name, unique, columns: cols }) => ({ name, unique, columns: cols })),
      (i) => i.name,
    ),
  };
}

describeEachDatabase("the migrated database matches the generated Prisma client", (db) => {
  const query = <T>(sql: string) => db().prisma.$queryRawUnsafe<T[]>(sql);
  const schema = readSchema("sqlite");

  it("has a table for every model and no others (besides schema_migrations)", async () => {
    const rows =
      db().kind === "sqlite"
        ? await query<{ name: string }>(
            `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`,
          )
        : await query<{ name: string }>(
            `SELECT table_name::text AS name FROM information_schema.tables
              WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`,
          );
    const tables = rows.map((r) => r.name).sort();
    expect(tables).toEqual([...models.map(tableOf), "schema_migrations"].sort());
  });

  it.each(models.map((m) => [m.name, m] as const))(
    "model %s: columns, types, nullability, primary key and indexes",
    async (_name, model) => {
      const kind = db().kind;
      const expected = expectedShape(schema, model, kind);
      const actual = await actualShape(query, kind, tableOf(model));

      // Column names first: the clearest message for a field added or renamed without a migration.
      expect(actual.columns.map((c) => c.name), `columns of ${tableOf(model)}`).toEqual(
        expected.columns.map((c) => c.name),
      );
      const actualWithAcceptedTypes = actual.columns.map((column, i) => {
        const accepted = expected.columns[i]!.type.split(" | ");
        return { ...column, type: accepted.includes(column.type) ? expected.columns[i]!.type : column.type };
      });
      expect(actualWithAcceptedTypes, `column types and nullability of ${tableOf(model)}`).toEqual(expected.columns);
      expect(actual.primaryKey, `primary key of ${tableOf(model)}`).toEqual(expected.primaryKey);
      expect(actual.indexes, `indexes of ${tableOf(model)}`).toEqual(expected.indexes);
    },
  );
});
