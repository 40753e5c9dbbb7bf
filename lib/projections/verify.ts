// Verifies a projection: replays the log through its pure `apply` into an in-memory row map (the scratch
// tables), then compares that with the live read-table rows. Nothing is written, so the live view keeps
// serving while it runs; a difference means the table drifted from the log (a bug or a manual edit).
import type { Database } from "../db/database";
import type { DomainEvent } from "../domain/events";
import type { EventStore } from "../eventstore/store";
import type { StoredEvent } from "../eventstore/types";
import { fold, relevantTo, type Projection } from "./projection";

/** A row as a plain record of column values (Prisma model fields). */
type Row = Record<string, unknown>;

export interface FieldDifference {
  field: string;
  /** What replaying the log gives. */
  expected: unknown;
  /** What the live table holds. */
  actual: unknown;
}

export interface RowDifference {
  /** The row's key, readable: "show / seat" for composite keys. */
  key: string;
  kind: "missing" | "extra" | "different";
  /** Missing rows: the expected row; extra rows: the live row. */
  row?: Row;
  fields?: FieldDifference[];
}

export interface VerifyReport {
  name: string;
  /** The checkpoint both sides reflect: every event up to it was replayed. */
  position: number;
  rowsExpected: number;
  rowsLive: number;
  missing: number;
  extra: number;
  different: number;
  /** The first differences (at most `limit`), missing, extra and different ones alike. */
  differences: RowDifference[];
  /** More differences than listed. */
  truncated: boolean;
  checkedAt: string;
}

export interface VerifyProgress {
  name: string;
  position: number;
  target: number;
  percent: number;
  done: boolean;
}

export interface VerifyOptions {
  batchSize?: number;
  /** Most differences listed in the report (the counts cover all of them). */
  limit?: number;
  onProgress?(progress: VerifyProgress): void;
}

/**
 * Every live row of a projection's table, keyed as its `keysOf` keys them. Per projection because
 * `Projection.load` only fetches rows by key, and here the keys of extra rows are not known in advance.
 */
const liveRowLoaders: Record<string, (db: Database) => Promise<Map<string, Row>>> = {
  "show-view": async (db) => new Map((await db.prisma.showView.findMany()).map((r) => [r.showId, r])),
  "seat-view": async (db) => new Map((await db.prisma.seatView.findMany()).map((r) => [`${r.showId}\u0000${r.seatId}`, r])),
  "booking-view": async (db) => new Map((await db.prisma.bookingView.findMany()).map((r) => [r.bookingId, r])),
  "stream-view": async (db) => new Map((await db.prisma.streamView.findMany()).map((r) => [r.streamId, r])),
};

export const verifiableProjections = Object.keys(liveRowLoaders);

async function checkpointOf(db: Database, name: string): Promise<number> {
  const row = await db.prisma.projectionCheckpoint.findUnique({ where: { name } });
  return row?.position ?? 0;
}

/**
 * The live rows and the checkpoint they reflect. The runner may commit a batch while the rows are read;
 * reading the checkpoint before and after and retrying on a change gives a consistent pair on both
 * engines without holding a transaction open.
 */
async function liveSnapshot(db: Database, name: string): Promise<{ position: number; rows: Map<string, Row> }> {
  const load = liveRowLoaders[name];
  if (!load) throw new Error(`Projection ${name} cannot be verified: no loader for its rows`);
  for (let attempt = 0; ; attempt++) {
    const before = await checkpointOf(db, name);
    const rows = await load(db);
    const after = await checkpointOf(db, name);
    if (before === after) return { position: before, rows };
    if (attempt >= 20) throw new Error(`Projection ${name} kept moving while it was read; try again when the log is quieter`);
  }
}

/** Folds the log up to `position` into in-memory rows, exactly as applyBatch would into the tables. */
async function replay<R>(
  store: EventStore,
  projection: Projection<R>,
  position: number,
  batchSize: number,
  onProgress: (position: number) => void,
): Promise<Map<string, R>> {
  const rows = new Map<string, R>();
  let after = 0;
  while (after < position) {
    const events = (await store.readAll({ after, limit: batchSize, categories: projection.categories })) as Array<
      StoredEvent<DomainEvent>
    >;
    const upTo = events.filter((e) => e.position <= position);
    fold(projection, rows, relevantTo(projection, upTo), new Map());
    if (upTo.length < events.length || events.length === 0) break;
    after = (events[events.length - 1] as StoredEvent).position;
    onProgress(after);
  }
  return rows;
}

/** Dates compare by instant; everything else by value (read-table columns are scalars). */
function same(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  return a === b;
}

function differingFields(expected: Row, actual: Row): FieldDifference[] {
  const fields = [...new Set([...Object.keys(expected), ...Object.keys(actual)])];
  return fields.filter((f) => !same(expected[f], actual[f])).map((field) => ({ field, expected: expected[field], actual: actual[field] }));
}

const readableKey = (key: string) => key.split("\u0000").join(" / ");

export async function verifyProjection<R>(
  store: EventStore,
  projection: Projection<R>,
  options: VerifyOptions = {},
): Promise<VerifyReport> {
  const { name } = projection;
  const limit = options.limit ?? 100;
  const live = await liveSnapshot(store.db, name);
  const report = (position: number, done: boolean) =>
    options.onProgress?.({
      name,
      position,
      target: live.position,
      percent: live.position === 0 ? 100 : Math.min(100, Math.floor((position / live.position) * 100)),
      done,
    });
  report(0, false);
  const expected = await replay(store, projection, live.position, options.batchSize ?? 1000, (p) => report(p, false));

  const differences: RowDifference[] = [];
  const counts = { missing: 0, extra: 0, different: 0 };
  const note = (difference: RowDifference) => {
    counts[difference.kind] += 1;
    if (differences.length < limit) differences.push(difference);
  };
  for (const [key, row] of expected) {
    const expectedRow = row as Row;
    const actual = live.rows.get(key);
    if (!actual) note({ key: readableKey(key), kind: "missing", row: expectedRow });
    else {
      const fields = differingFields(expectedRow, actual);
      if (fields.length > 0) note({ key: readableKey(key), kind: "different", fields });
    }
  }
  for (const [key, row] of live.rows) if (!expected.has(key)) note({ key: readableKey(key), kind: "extra", row });
  report(live.position, true);

  return {
    name,
    position: live.position,
    rowsExpected: expected.size,
    rowsLive: live.rows.size,
    ...counts,
    differences,
    truncated: counts.missing + counts.extra + counts.different > differences.length,
    checkedAt: new Date().toISOString(),
  };
}
