// One multi-row INSERT ... ON CONFLICT DO UPDATE per chunk of rows: the same SQL on SQLite and PostgreSQL.
import type { ProjectionContext } from "./projection";
import { chunk, valuesList } from "../eventstore/sql";

export interface Column<Row> {
  name: string;
  value(row: Row): unknown;
  /** PostgreSQL type for the bound parameter (timestamps need one). */
  cast?: string;
}

export async function upsertRows<Row>(
  { tx, kind }: ProjectionContext,
  table: string,
  key: string[],
  columns: Array<Column<Row>>,
  rows: Row[],
): Promise<void> {
  const names = columns.map((c) => `"${c.name}"`);
  const updates = columns.filter((c) => !key.includes(c.name)).map((c) => `"${c.name}" = excluded."${c.name}"`);
  for (const part of chunk(rows, columns.length)) {
    await tx.$executeRawUnsafe(
      `INSERT INTO ${table} (${names.join(", ")}) VALUES ${valuesList(kind, part.length, columns.length, columns.map((c) => c.cast ?? ""))}
       ON CONFLICT (${key.map((k) => `"${k}"`).join(", ")}) DO UPDATE SET ${updates.join(", ")}`,
      ...part.flatMap((row) => columns.map((c) => c.value(row))),
    );
  }
}
