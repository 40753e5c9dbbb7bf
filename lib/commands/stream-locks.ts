// One writer per stream across the cluster: on PostgreSQL several app instances may write the same seats
// stream, and their optimistic commits collide (two instances: a seventh of one's rate, p99 above a second;
// README, "Several instances writing one show"). A writer holds the stream's advisory lock while it catches
// up, decides and commits a group, so instances take turns instead of racing. Session-level locks on their
// own small pool: a process that dies releases its locks with its connections, and a writer waiting for a
// lock never holds a connection a commit needs.
import pg from "pg";
import { LOCKS } from "../db/advisory-lock";

export interface StreamLocks {
  /** Runs `work` while this process alone, of all processes on the database, writes `streamId`. */
  hold<T>(streamId: string, work: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

const STREAM_WRITER_LOCKS = LOCKS.streamWriters;

export function postgresStreamLocks(databaseUrl: string, maxConnections = 8): StreamLocks {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: maxConnections });
  // An idle client's connection that dies is replaced on next use; nothing to do but not crash.
  pool.on("error", () => undefined);
  return {
    async hold(streamId, work) {
      const client = await pool.connect();
      let broken: Error | undefined;
      try {
        await client.query("SELECT pg_advisory_lock($1, hashtext($2))", [STREAM_WRITER_LOCKS, streamId]);
        try {
          return await work();
        } finally {
          await client.query("SELECT pg_advisory_unlock($1, hashtext($2))", [STREAM_WRITER_LOCKS, streamId]).catch((error: Error) => {
            // The lock went with the connection; the connection must not go back to the pool.
            broken = error;
          });
        }
      } finally {
        client.release(broken);
      }
    },
    close: () => pool.end(),
  };
}
