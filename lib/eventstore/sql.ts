// The SQL the event store and the projections send through the driver adapter (lib/db/driver.ts): the
// little that differs between SQLite and PostgreSQL, kept in one place.
import type { DbKind } from "../db/database";
import type { SqlValue } from "../db/driver";

/** `?, ?, ?` for SQLite, `$3, $4, $5` for PostgreSQL. */
export function placeholders(kind: DbKind, count: number, offset = 0): string[] {
  return Array.from({ length: count }, (_, i) => (kind === "sqlite" ? "?" : `$${offset + i + 1}`));
}

/** A VALUES list for `rows` rows of `columns` columns, numbered consecutively. */
export function valuesList(kind: DbKind, rows: number, columns: number, casts: string[] = []): string {
  const tuples: string[] = [];
  for (let r = 0; r < rows; r++) {
    const marks = placeholders(kind, columns, r * columns).map((m, c) =>
      kind === "postgres" && casts[c] ? `${m}::${casts[c]}` : m,
    );
    tuples.push(`(${marks.join(", ")})`);
  }
  return tuples.join(", ");
}

/** Keeps one statement under both engines' bound-parameter limits. */
export function chunk<T>(items: T[], columns: number, maxParams = 30_000): T[][] {
  const size = Math.max(1, Math.floor(maxParams / Math.max(1, columns)));
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}

function errorText(error: unknown): string {
  if (typeof error !== "object" || error === null) return String(error);
  // Prisma client errors carry code/meta; driver adapter errors a cause with kind/originalCode.
  const e = error as { message?: unknown; meta?: unknown; code?: unknown; kind?: unknown; originalCode?: unknown; cause?: unknown };
  return [e.message, e.code, e.kind, e.originalCode, JSON.stringify(e.meta ?? null), e.cause ? errorText(e.cause) : ""].join(" ");
}

export function isUniqueViolation(error: unknown): boolean {
  return /UNIQUE constraint failed|duplicate key value|23505|SQLITE_CONSTRAINT_(UNIQUE|PRIMARYKEY)|P2002|UniqueConstraintViolation/.test(
    errorText(error),
  );
}

/** Another writer got in between: SQLite's stale read snapshot or busy lock, PostgreSQL's serialisation failure. */
export function isWriteRace(error: unknown): boolean {
  return /SQLITE_BUSY|database is locked|40001|40P01|could not serialize/.test(errorText(error));
}

/** How the SQLite adapter stores a DateTime (ISO 8601 with an explicit offset): written alike, rows compare alike. */
export const sqliteTimestamp = (date: Date) => date.toISOString().replace("Z", "+00:00");

/**
 * One INSERT whose rows arrive as a single JSON parameter. Prisma's per-parameter cost dominates a
 * multi-row VALUES list; one parameter keeps a group commit at a few statements whatever its size.
 */
export function insertFromJson(
  kind: DbKind,
  table: string,
  columns: Array<{ name: string; pgType: string }>,
  returning?: string,
): string {
  const names = columns.map((c) => `"${c.name}"`).join(", ");
  const tail = returning ? ` RETURNING ${returning}` : "";
  if (kind === "sqlite") {
    const picks = columns.map((c) => `json_extract(value, '$.${c.name}')`).join(", ");
    return `INSERT INTO ${table} (${names}) SELECT ${picks} FROM json_each(?) ORDER BY key${tail}`;
  }
  const record = columns.map((c) => `"${c.name}" ${c.pgType}`).join(", ");
  return `INSERT INTO ${table} (${names}) SELECT ${names} FROM json_to_recordset($1::json) AS x(${record})${tail}`;
}

/** A WHERE clause built condition by condition, numbering placeholders for either engine. */
export class Where {
  readonly args: SqlValue[] = [];
  private readonly conditions: string[] = [];
  constructor(private readonly kind: DbKind) {}

  /** `test` is a column and an operator, e.g. "position >". */
  add(test: string, value: SqlValue): this {
    this.conditions.push(`${test} ${this.mark()}`);
    this.args.push(value);
    return this;
  }

  in(column: string, values: SqlValue[]): this {
    const marks = values.map((value) => {
      const mark = this.mark();
      this.args.push(value);
      return mark;
    });
    this.conditions.push(`${column} IN (${marks.join(", ")})`);
    return this;
  }

  /** `column LIKE '<startsWith>%<endsWith>'`, with LIKE's own wildcards in both parts escaped. */
  like(column: string, startsWith: string, endsWith: string): this {
    const literal = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);
    this.conditions.push(`${column} LIKE ${this.mark()} ESCAPE '\\'`);
    this.args.push(`${literal(startsWith)}%${literal(endsWith)}`);
    return this;
  }

  sql(): string {
    return this.conditions.length ? ` WHERE ${this.conditions.join(" AND ")}` : "";
  }

  private mark(): string {
    return placeholders(this.kind, 1, this.args.length)[0] as string;
  }
}
