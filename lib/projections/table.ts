// A read table as the projections see it: columns mapped to row fields, loaded and saved a batch at a
// time through the driver adapter (lib/db/driver.ts), with the same SQL on SQLite and PostgreSQL.
import type { SqlValue } from "../db/driver";
import { chunk, placeholders, sqliteTimestamp } from "../eventstore/sql";
import type { ProjectionContext } from "./projection";
import { shadowName } from "./shadow-tables";

/** The table a batch reads and writes: the live one, or its shadow copy while a rebuild fills it. */
const tableIn = (ctx: ProjectionContext, table: string) => (ctx.shadow ? shadowName(table) : table);

export interface Column<Row> {
  name: string;
  field: keyof Row & string;
  /** How the value comes back from the driver: text as is, integers as numbers, timestamps as Dates. */
  type?: "int" | "datetime";
}

const PG_CASTS = { int: "integer", datetime: "timestamp(3)" } as const;

/** The driver's raw value as the row's field: SQLite integers arrive as strings, timestamps as ISO text. */
function fieldValue(type: Column<unknown>["type"], raw: unknown): unknown {
  if (raw === null || raw === undefined) return null;
  if (type === "int") return Number(raw);
  if (type === "datetime") return new Date(raw as string);
  return raw;
}

/** Rows whose `keyColumn` is one of `keys`, with every other condition in `where` equal. */
export async function selectRows<Row>(
  ctx: ProjectionContext,
  table: string,
  columns: Array<Column<Row>>,
  where: Record<string, SqlValue>,
  keyColumn: string,
  keys: string[],
): Promise<Row[]> {
  const { sql, kind } = ctx;
  const names = columns.map((c) => `"${c.name}"`).join(", ");
  const fixed = Object.entries(where);
  const rows: Row[] = [];
  for (const part of chunk(keys, 1, 500)) {
    const marks = placeholders(kind, fixed.length + part.length);
    const conditions = [
      ...fixed.map(([column], i) => `"${column}" = ${marks[i]}`),
      `"${keyColumn}" IN (${marks.slice(fixed.length).join(", ")})`,
    ];
    const found = await sql.rows<Record<string, unknown>>(`SELECT ${names} FROM ${tableIn(ctx, table)} WHERE ${conditions.join(" AND ")}`, [
      ...fixed.map(([, value]) => value),
      ...part,
    ]);
    for (const raw of found)
      rows.push(Object.fromEntries(columns.map((c) => [c.field, fieldValue(c.type, raw[c.name])])) as Row);
  }
  return rows;
}

/** Rows per upsert statement: large enough to amortise it, small enough to keep one JSON text modest. */
const UPSERT_ROWS = 5000;

/** A row's value in the JSON the upsert reads: timestamps as each engine's columns hold them. */
function jsonValue(kind: ProjectionContext["kind"], value: unknown): unknown {
  if (value instanceof Date) return kind === "sqlite" ? sqliteTimestamp(value) : value.toISOString();
  return value ?? null;
}

/**
 * One INSERT ... ON CONFLICT DO UPDATE per chunk of rows, the rows travelling as one JSON parameter
 * (as the event store's group commit does): the driver's cost per bound parameter dominated a
 * multi-row VALUES list, and a rebuild writes tens of thousands of rows at once.
 */
export async function upsertRows<Row>(
  ctx: ProjectionContext,
  table: string,
  key: string[],
  columns: Array<Column<Row>>,
  rows: Row[],
): Promise<void> {
  const { sql, kind } = ctx;
  const names = columns.map((c) => `"${c.name}"`).join(", ");
  const updates = columns.filter((c) => !key.includes(c.name)).map((c) => `"${c.name}" = excluded."${c.name}"`);
  // SQLite needs the WHERE: without it, ON CONFLICT would parse as a join's ON.
  const source =
    kind === "sqlite"
      ? `SELECT ${columns.map((c) => `json_extract(value, '$.${c.name}')`).join(", ")} FROM json_each(?) WHERE true`
      : `SELECT ${names} FROM json_to_recordset($1::json) AS x(${columns.map((c) => `"${c.name}" ${c.type ? PG_CASTS[c.type] : "text"}`).join(", ")})`;
  const statement = `INSERT INTO ${tableIn(ctx, table)} (${names}) ${source}
       ON CONFLICT (${key.map((k) => `"${k}"`).join(", ")}) DO UPDATE SET ${updates.join(", ")}`;
  for (let i = 0; i < rows.length; i += UPSERT_ROWS) {
    const part = rows.slice(i, i + UPSERT_ROWS).map((row) => {
      const values: Record<string, unknown> = {};
      for (const c of columns) values[c.name] = jsonValue(kind, row[c.field]);
      return values;
    });
    await sql.run(statement, [JSON.stringify(part)]);
  }
}
