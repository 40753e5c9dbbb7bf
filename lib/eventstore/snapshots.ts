// Snapshots of long streams: the state at a version, so loading replays only the events after it.
import type { Database } from "../db/database";
import { placeholders, sqliteTimestamp } from "./sql";

export interface Snapshot {
  streamId: string;
  version: number;
  schemaVersion: number;
  state: unknown;
}

export async function loadSnapshot(db: Database, streamId: string, schemaVersion: number): Promise<Snapshot | null> {
  const [row] = await db.driver.rows<{ version: number | string; schema_version: number | string; state: string }>(
    `SELECT version, schema_version, state FROM snapshots WHERE stream_id = ${placeholders(db.kind, 1)[0]}`,
    [streamId],
  );
  // A snapshot of an older state shape is ignored: the stream is replayed from the start instead.
  if (!row || Number(row.schema_version) !== schemaVersion) return null;
  return { streamId, version: Number(row.version), schemaVersion, state: JSON.parse(row.state) };
}

/**
 * Through the driver adapter: a big seat map's snapshot is megabytes of JSON, which Prisma's query
 * compiler would copy into and out of WebAssembly, blocking the event loop for a second.
 */
export async function saveSnapshot(db: Database, snapshot: Snapshot): Promise<void> {
  const state = JSON.stringify(snapshot.state);
  const takenAt = db.kind === "sqlite" ? sqliteTimestamp(new Date()) : new Date().toISOString();
  const sql =
    db.kind === "sqlite"
      ? `INSERT INTO snapshots (stream_id, version, schema_version, state, taken_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (stream_id) DO UPDATE SET version = excluded.version, schema_version = excluded.schema_version, state = excluded.state, taken_at = excluded.taken_at`
      : `INSERT INTO snapshots (stream_id, version, schema_version, state, taken_at) VALUES ($1, $2, $3, $4, $5::timestamp(3))
         ON CONFLICT (stream_id) DO UPDATE SET version = excluded.version, schema_version = excluded.schema_version, state = excluded.state, taken_at = excluded.taken_at`;
  await db.driver.run(sql, [snapshot.streamId, snapshot.version, snapshot.schemaVersion, state, takenAt]);
}
