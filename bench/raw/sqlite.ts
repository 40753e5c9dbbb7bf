// The raw baseline on SQLite: better-sqlite3 with prepared statements, the same pragmas as the app.
// better-sqlite3 is synchronous, so concurrent callers would only queue on one connection: appends run
// one after another, which is the fastest this driver can do.
import BetterSqlite3 from "better-sqlite3";
import { sqliteFilePath } from "../../lib/db/database";
import { EVENT_COLUMNS, type EventRowValues } from "../event-rows";
import { stopwatch } from "../stats";
import type { AppendLimits, RawAppendRun, RawDriver, RowFor } from "./driver";

const INSERT = `INSERT INTO events (${EVENT_COLUMNS.join(", ")}) VALUES (${EVENT_COLUMNS.map(() => "?").join(", ")})`;

export function openSqliteDriver(url: string): RawDriver {
  const db = new BetterSqlite3(sqliteFilePath(url), { timeout: 10_000 });
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  const insert = db.prepare(INSERT);
  const maxVersion = db.prepare<[string], { version: number | null }>("SELECT MAX(version) AS version FROM events WHERE stream_id = ?");
  const page = db.prepare<[string, number, number], { position: number; data: string }>(
    "SELECT * FROM events WHERE category = ? AND position > ? ORDER BY position LIMIT ?",
  );
  const insertAll = db.transaction((rows: EventRowValues[]) => {
    for (const row of rows) insert.run(row);
  });

  return {
    kind: "sqlite",
    serverVersion: async () => `SQLite ${(db.prepare("SELECT sqlite_version() AS v").get() as { v: string }).v}`,
    insertEvents: async (rows) => insertAll(rows),
    settle: async () => {
      // The bulk load leaves a large WAL; a long-running database would have checkpointed it.
      db.pragma("wal_checkpoint(TRUNCATE)");
    },
    readCategory: async (category, pageSize) => {
      let after = 0;
      let count = 0;
      for (;;) {
        const rows = page.all(category, after, pageSize);
        for (const row of rows) JSON.parse(row.data);
        count += rows.length;
        if (rows.length < pageSize) return count;
        after = (rows[rows.length - 1] as { position: number }).position;
      }
    },
    appendHot: async (streamId: string, { count, maxMs }: AppendLimits, rowFor: RowFor): Promise<RawAppendRun> => {
      // IMMEDIATE takes the write lock before the read, as the expected-version check needs.
      const appendOne = db.transaction((index: number) => {
        const version = (maxVersion.get(streamId)?.version ?? 0) + 1;
        insert.run(rowFor(version, index));
      });
      const latencies = new Float64Array(count);
      const elapsed = stopwatch();
      let done = 0;
      for (; done < count && elapsed() < maxMs; done++) {
        const started = performance.now();
        appendOne.immediate(done);
        latencies[done] = performance.now() - started;
      }
      return { appends: done, retries: 0, ms: elapsed(), latencies: latencies.subarray(0, done) };
    },
    appendBatched: async (streamId, { count, maxMs, batch }, rowFor) => {
      const appendMany = db.transaction((first: number, size: number) => {
        const version = maxVersion.get(streamId)?.version ?? 0;
        for (let i = 0; i < size; i++) insert.run(rowFor(version + 1 + i, first + i));
      });
      const latencies: number[] = [];
      const elapsed = stopwatch();
      let done = 0;
      while (done < count && elapsed() < maxMs) {
        const size = Math.min(batch, count - done);
        const started = performance.now();
        appendMany.immediate(done, size);
        latencies.push(performance.now() - started);
        done += size;
      }
      // Latencies are per transaction here, not per event.
      return { appends: done, retries: 0, ms: elapsed(), latencies: Float64Array.from(latencies) };
    },
    close: async () => {
      db.close();
    },
  };
}
