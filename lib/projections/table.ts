// A read table as the projections see it: columns mapped to row fields, loaded and saved a batch at a
// time through the driver adapter (lib/db/driver.ts), with the same SQL on SQLite and PostgreSQL.
import type { SqlValue } from "../db/driver";
import { chunk, placeholders, valuesList } from "../eventstore/sql";
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

/** One multi-row INSERT ... ON CONFLICT DO UPDATE per chunk of rows. */
export async function upsertRows<Row>(
  ctx: ProjectionContext,
  table: string,
  key: string[],
  columns: Array<Column<Row>>,
  rows: Row[],
): Promise<void> {
  const { sql, kind } = ctx;
  const names = columns.map((c) => `"${c.name}"`);
  const updates = columns.filter((c) => !key.includes(c.name)).map((c) => `"${c.name}" = excluded."${c.name}"`);
  const casts = columns.map((c) => (c.type ? PG_CASTS[c.type] : ""));
  for (const part of chunk(rows, columns.length)) {
    await sql.run(
      `INSERT INTO ${tableIn(ctx, table)} (${names.join(", ")}) VALUES ${valuesList(kind, part.length, columns.length, casts)}
       ON CONFLICT (${key.map((k) => `"${k}"`).join(", ")}) DO UPDATE SET ${updates.join(", ")}`,
      part.flatMap((row) => columns.map((c) => row[c.field] as SqlValue)),
    );
  }
}
