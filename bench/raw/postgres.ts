// The raw baseline on PostgreSQL: pg with named (prepared) statements. Appends come from concurrent
// clients of one pool on one hot stream; two that read the same max version collide on the unique
// (stream_id, version) index, and the loser rolls back and tries again.
import pg from "pg";
import { EVENT_COLUMNS, type EventRowValues } from "../event-rows";
import { stopwatch } from "../stats";
import type { RawAppendRun, RawDriver, RowFor } from "./driver";

const PG_TYPES = ["text", "text", "int", "text", "int", "text", "text", "text", "text", "text", "text", "timestamp(3)"];
const COLUMN_LIST = EVENT_COLUMNS.join(", ");
// One statement per setup batch: an array per column. ORDINALITY keeps positions in array order.
const BULK_INSERT = `INSERT INTO events (${COLUMN_LIST})
  SELECT ${COLUMN_LIST} FROM unnest(${PG_TYPES.map((t, i) => `$${i + 1}::${t}[]`).join(", ")})
  WITH ORDINALITY AS t(${COLUMN_LIST}, ord) ORDER BY ord`;
const INSERT = `INSERT INTO events (${COLUMN_LIST}) VALUES (${PG_TYPES.map((t, i) => `$${i + 1}::${t}`).join(", ")})`;
const MAX_VERSION = "SELECT MAX(version) AS version FROM events WHERE stream_id = $1";
const PAGE = "SELECT * FROM events WHERE category = $1 AND position > $2 ORDER BY position LIMIT $3";

const isUniqueViolation = (error: unknown) => (error as { code?: unknown }).code === "23505";

/** A pool whose idle connections may die quietly: dropping the database (at the end, or on Ctrl-C) ends them. */
function newPool(url: string, max: number): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max });
  pool.on("error", () => undefined);
  return pool;
}

export function openPostgresDriver(url: string): RawDriver {
  // Setup and reads; the appends get a pool of their own, one connection per concurrent caller.
  const pool = newPool(url, 2);

  async function appendOnce(appendPool: pg.Pool, streamId: string, index: number, rowFor: RowFor): Promise<boolean> {
    const client = await appendPool.connect();
    try {
      await client.query("BEGIN");
      const { rows } = await client.query<{ version: number | null }>({ name: "max-version", text: MAX_VERSION, values: [streamId] });
      await client.query({ name: "insert-event", text: INSERT, values: rowFor((rows[0]?.version ?? 0) + 1, index) });
      await client.query("COMMIT");
      return true;
    } catch (error) {
      await client.query("ROLLBACK");
      if (isUniqueViolation(error)) return false;
      throw error;
    } finally {
      client.release();
    }
  }

  return {
    kind: "postgres",
    serverVersion: async () => `PostgreSQL ${(await pool.query<{ server_version: string }>("SHOW server_version")).rows[0]?.server_version ?? "?"}`,
    insertEvents: async (rows: EventRowValues[]) => {
      const columns = EVENT_COLUMNS.map((_, c) => rows.map((row) => row[c]));
      await pool.query(BULK_INSERT, columns);
    },
    settle: async () => {
      // What autovacuum would have done to a table that grew by a million rows: statistics and visibility map.
      await pool.query("VACUUM ANALYZE events");
    },
    readCategory: async (category, pageSize) => {
      const client = await pool.connect();
      try {
        let after = 0;
        let count = 0;
        for (;;) {
          const { rows } = await client.query<{ position: number; data: string }>({ name: "page", text: PAGE, values: [category, after, pageSize] });
          for (const row of rows) JSON.parse(row.data);
          count += rows.length;
          if (rows.length < pageSize) return count;
          after = (rows[rows.length - 1] as { position: number }).position;
        }
      } finally {
        client.release();
      }
    },
    appendHot: async (streamId, { count, maxMs, concurrency }, rowFor) => {
      const appendPool = newPool(url, concurrency);
      try {
        // Connect everyone before the clock starts: connection setup is not what is measured.
        const warm = await Promise.all(Array.from({ length: concurrency }, () => appendPool.connect()));
        for (const client of warm) client.release();
        const latencies = new Float64Array(count);
        let next = 0;
        let done = 0;
        let retries = 0;
        const elapsed = stopwatch();
        const caller = async () => {
          for (let i = next++; i < count && elapsed() < maxMs; i = next++) {
            const started = performance.now();
            while (!(await appendOnce(appendPool, streamId, i, rowFor))) retries += 1;
            latencies[done++] = performance.now() - started;
          }
        };
        await Promise.all(Array.from({ length: concurrency }, caller));
        const run: RawAppendRun = { appends: done, retries, ms: elapsed(), latencies: latencies.subarray(0, done) };
        return run;
      } finally {
        await appendPool.end();
      }
    },
    appendBatched: null,
    close: () => pool.end(),
  };
}
