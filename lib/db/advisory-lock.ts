// Work that must run in one process at a time across every instance sharing a PostgreSQL database
// (migrations, the demo seed): a session-level advisory lock on a connection of its own, so the work
// may use any other connection meanwhile. SQLite has one process per file; the work just runs.
import pg from "pg";
import { dbKindOf } from "./database";

/** Advisory lock keys, one per kind of work, kept together so none is used twice. */
export const LOCKS = { migrations: 72517001, demoSeed: 72517003, processManagerDeadlines: 72517004, streamWriters: 7_340_001 } as const;
// 72517002 is the event store's append lock (lib/eventstore/store.ts), taken per transaction.
// processManagerDeadlines is taken per transaction too, by the instance looking for overdue holds.
// streamWriters is the first of two keys (the second: the stream id's hash), lib/commands/stream-locks.ts.

export async function exclusively<T>(url: string, key: number, work: () => Promise<T>): Promise<T> {
  if (dbKindOf(url) === "sqlite") return work();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [key]);
    try {
      return await work();
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [key]);
    }
  } finally {
    await client.end();
  }
}
