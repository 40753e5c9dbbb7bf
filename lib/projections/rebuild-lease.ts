// The lease that lets exactly one instance rebuild a projection: a row in projection_rebuilds, taken
// with one upsert that succeeds only when no live rebuild holds it (none, finished, or its owner has
// stopped renewing it: a crashed instance). The owner renews it with its progress, which every
// instance's staff page reads.
import type { Database } from "../db/database";
import type { SqlSession } from "../db/driver";
import { placeholders } from "../eventstore/sql";

export interface RebuildLease {
  name: string;
  owner: string;
  position: number;
  target: number;
  startedAt: Date;
  heartbeatAt: Date;
  finishedAt: Date | null;
  error: string | null;
}

/** A rebuild of this projection is running elsewhere (or in this process): a second one waits its turn. */
export class RebuildAlreadyRunning extends Error {
  readonly code = "REBUILD_RUNNING";
  constructor(readonly projection: string) {
    super(`${projection} is already being rebuilt`);
  }
}

/** The lease was taken over (its owner stalled longer than the lease lasts): this rebuild must not swap. */
export class RebuildLeaseLost extends Error {
  constructor(readonly projection: string) {
    super(`The rebuild of ${projection} lost its lease to another instance`);
  }
}

/** Takes the lease; false when a live rebuild holds it. `staleAfterMs`: how long a silent owner keeps it. */
export async function claimLease(db: Database, name: string, owner: string, staleAfterMs: number): Promise<boolean> {
  const now = new Date();
  const [n, o, at, beat, stale] = placeholders(db.kind, 5);
  const claimed = await db.driver.run(
    `INSERT INTO projection_rebuilds (name, owner, position, target, started_at, heartbeat_at, finished_at, error)
     VALUES (${n}, ${o}, 0, 0, ${at}, ${beat}, NULL, NULL)
     ON CONFLICT (name) DO UPDATE SET owner = excluded.owner, position = 0, target = 0, started_at = excluded.started_at,
       heartbeat_at = excluded.heartbeat_at, finished_at = NULL, error = NULL
     WHERE projection_rebuilds.finished_at IS NOT NULL OR projection_rebuilds.heartbeat_at < ${stale}`,
    [name, owner, now, now, new Date(now.getTime() - staleAfterMs)],
  );
  return claimed === 1;
}

/** Renews the lease with the rebuild's progress; throws when another instance has taken it. */
export async function renewLease(sql: SqlSession, kind: Database["kind"], lease: { name: string; owner: string }, position: number, target: number): Promise<void> {
  const [p, t, beat, n, o] = placeholders(kind, 5);
  const renewed = await sql.run(
    `UPDATE projection_rebuilds SET position = ${p}, target = ${t}, heartbeat_at = ${beat}
     WHERE name = ${n} AND owner = ${o} AND finished_at IS NULL`,
    [position, target, new Date(), lease.name, lease.owner],
  );
  if (renewed !== 1) throw new RebuildLeaseLost(lease.name);
}

/** Ends the lease: done (error null) or failed with the reason, so the next request may rebuild. */
export async function endLease(db: Database, lease: { name: string; owner: string }, error: string | null): Promise<void> {
  const [at, e, n, o] = placeholders(db.kind, 4);
  await db.driver.run(
    `UPDATE projection_rebuilds SET finished_at = ${at}, error = ${e} WHERE name = ${n} AND owner = ${o} AND finished_at IS NULL`,
    [new Date(), error, lease.name, lease.owner],
  );
}

/** Every projection's latest rebuild, running or finished. */
export async function readLeases(db: Database): Promise<RebuildLease[]> {
  return db.prisma.projectionRebuild.findMany({ orderBy: { name: "asc" } });
}
