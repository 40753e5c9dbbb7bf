// The raw-driver side of the benchmark: better-sqlite3 or pg used directly, no Prisma, no domain. It loads
// the replay log quickly (setup), reads it back (baseline for the rebuild) and appends one event per
// transaction (baseline for the hold commands).
import type { DbKind } from "../../lib/db/database";
import type { EventRowValues } from "../event-rows";
import { openPostgresDriver } from "./postgres";
import { openSqliteDriver } from "./sqlite";

export interface RawAppendRun {
  /** Appends committed (fewer than asked when the time limit came first). */
  appends: number;
  /** Transactions repeated after losing the version race (unique violation). */
  retries: number;
  ms: number;
  latencies: Float64Array;
}

export interface AppendLimits {
  count: number;
  /** Stops starting new appends after this long: a collapsing baseline must not take the run hostage. */
  maxMs: number;
  concurrency: number;
}

/** Builds the row to insert once the stream's next version is known. */
export type RowFor = (version: number, index: number) => EventRowValues;

export interface RawDriver {
  readonly kind: DbKind;
  serverVersion(): Promise<string>;
  /** Setup only: inserts the rows in one transaction; positions follow the array order. */
  insertEvents(rows: EventRowValues[]): Promise<void>;
  /** Setup only: brings the database to a steady state after a bulk load (statistics, WAL). */
  settle(): Promise<void>;
  /** Reads one category's events in position order, `pageSize` rows per query, parsing each data JSON. */
  readCategory(category: string, pageSize: number): Promise<number>;
  /** One-event transactions on one stream, each reading the stream's max version and inserting the next. */
  appendHot(streamId: string, limits: AppendLimits, rowFor: RowFor): Promise<RawAppendRun>;
  /**
   * The ceiling on SQLite: the same appends, `batch` events per transaction (one version read each), as a
   * bulk load or a group commit writes them. Null where it is not measured (PostgreSQL compares against one writer).
   */
  appendBatched: ((streamId: string, limits: AppendLimits & { batch: number }, rowFor: RowFor) => Promise<RawAppendRun>) | null;
  close(): Promise<void>;
}

export function openRawDriver(kind: DbKind, url: string): RawDriver {
  return kind === "sqlite" ? openSqliteDriver(url) : openPostgresDriver(url);
}
