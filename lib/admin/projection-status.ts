// What the projection-control page shows: every projection's checkpoint, how far it lags the log (in
// events and in time), its status and last error, the process manager's checkpoint, and the rebuilds
// running in this process or, by their lease rows, in any other instance.
import "server-only";
import { z } from "zod";
import type { BookingSystem } from "../system";
import { readLeases, type RebuildLease } from "../projections/rebuild-lease";
import { reactsTo } from "../domain/process-manager";
import { EMAIL_CHECKPOINT, EMAIL_SOURCE_TYPES } from "../email/reactor";
import { feedSourceTypes } from "../integration/public-events";
import { FEED_CHECKPOINT } from "../integration/relay";
import type { ProjectionStatusReport, ProjectionStatusRow, RebuildProgressView, RebuildState } from "./projection-views";

export type { ProjectionStatusReport, ProjectionStatusRow, RebuildState };

/** The process manager's checkpoint row (named by lib/commands/process-manager.ts; a test keeps them equal). */
export const PROCESS_MANAGER_ROW = "process-manager";

/** A projection name from a URL: one the runner knows, else the route answers 404. */
export function projectionNameSchema(system: BookingSystem) {
  const names = system.projections.projections.map((p) => p.name);
  return z.string().refine((name) => names.includes(name), { message: "There is no such projection" });
}

// Rebuilds run in the background of a request, so their state lives beside the system on globalThis
// (Next.js may load this module more than once; every copy must see the same rebuilds), per system.
const KEY = Symbol.for("seat-booking.rebuilds");
type Global = typeof globalThis & { [KEY]?: WeakMap<BookingSystem, Map<string, RebuildState>> };
function rebuilds(system: BookingSystem): Map<string, RebuildState> {
  const g = globalThis as Global;
  g[KEY] ??= new WeakMap();
  let found = g[KEY].get(system);
  if (!found) g[KEY].set(system, (found = new Map()));
  return found;
}

export function isRebuilding(system: BookingSystem, name: string): boolean {
  const state = rebuilds(system).get(name);
  return !!state && !state.progress.done && !state.error;
}

/**
 * Starts a rebuild unless one of the same projection is running, in this instance or another (answers
 * null then: the lease is taken). Progress goes to `onProgress` and into the state the status report
 * shows; the rebuild itself runs in the background.
 */
export async function startRebuild(
  system: BookingSystem,
  name: string,
  onProgress: (progress: RebuildProgressView) => void,
): Promise<RebuildState | null> {
  if (isRebuilding(system, name)) return null;
  const claimed = await system.projections.claimRebuild(name);
  if (!claimed) return null;
  const state: RebuildState = {
    progress: { name, position: 0, target: 0, percent: 0, done: false },
    startedAt: new Date().toISOString(),
    error: null,
  };
  rebuilds(system).set(name, state);
  void claimed
    .run((progress) => {
      state.progress = progress;
      onProgress(progress);
    })
    .catch((error: unknown) => {
      state.error = error instanceof Error ? error.message : String(error);
      console.error(`Rebuilding ${name} failed`, error);
    });
  return state;
}

/**
 * A rebuild as its lease row tells it: how every instance sees a rebuild, wherever it runs. A lease
 * nobody renewed for longer than it lasts belongs to an instance that stopped: that rebuild is over.
 */
function fromLease(lease: RebuildLease, here: string, leaseMs: number, now: number): RebuildState {
  const abandoned = lease.finishedAt === null && now - lease.heartbeatAt.getTime() > leaseMs;
  const done = lease.finishedAt !== null && lease.error === null;
  const percent = done ? 100 : lease.target === 0 ? 0 : Math.min(99, Math.floor((lease.position / lease.target) * 100));
  return {
    progress: { name: lease.name, position: lease.position, target: lease.target, percent, done },
    startedAt: lease.startedAt.toISOString(),
    error: abandoned
      ? `The instance running it stopped answering at ${lease.heartbeatAt.toISOString().slice(11, 19)} UTC; start it again`
      : lease.error,
    elsewhere: lease.owner.startsWith(`${here}:`) ? null : lease.owner.split(":").slice(0, 2).join(":"),
  };
}

/** What a projection or the process manager follows of the log. */
type Follows = { categories?: string[]; types?: string[] };

/** When the oldest event after `after` that it follows happened (through the store, like every read of the log). */
async function oldestUnapplied(system: BookingSystem, after: number, follows: Follows): Promise<Date | null> {
  const [event] = await system.store.readAll({ ...follows, after, limit: 1 });
  return event ? new Date(event.metadata.occurredAt) : null;
}

export async function projectionStatus(system: BookingSystem): Promise<ProjectionStatusReport> {
  const head = await system.store.headPosition();
  const now = Date.now();
  const checkpoints = new Map((await system.db.prisma.projectionCheckpoint.findMany()).map((c) => [c.name, c]));
  const live = system.projections.positions();
  const leases = new Map((await readLeases(system.db)).map((l) => [l.name, l]));

  const row = async (
    name: string,
    kind: ProjectionStatusRow["kind"],
    inMemory: number,
    follows: Follows,
  ): Promise<ProjectionStatusRow> => {
    const checkpoint = checkpoints.get(name);
    // This instance's own rebuild knows the most; one running elsewhere is known by its lease row.
    const lease = leases.get(name);
    const own = rebuilds(system).get(name) ?? null;
    const rebuild = own && (!lease || Date.parse(own.startedAt) >= lease.startedAt.getTime() - 1000) ? own : lease ? fromLease(lease, system.projections.owner, system.projections.rebuildLeaseMs, now) : null;
    // A runner whose filtered log had nothing new has still seen up to the head: its in-memory position
    // says so, while the checkpoint row only moves when a batch is applied. The live tables keep
    // following the log while a rebuild fills their shadow copies.
    const position = Math.max(checkpoint?.position ?? 0, inMemory);
    const oldest = position < head ? await oldestUnapplied(system, position, follows) : null;
    return {
      name,
      kind,
      position,
      lagEvents: Math.max(0, head - position),
      lagMs: oldest ? Math.max(0, now - oldest.getTime()) : 0,
      status: rebuild && !rebuild.progress.done && !rebuild.error ? "rebuilding" : (checkpoint?.status ?? "not started"),
      lastError: rebuild?.error ?? checkpoint?.lastError ?? null,
      updatedAt: checkpoint?.updatedAt.toISOString() ?? null,
      rebuild: rebuild ? { ...rebuild, progress: { ...rebuild.progress } } : null,
    };
  };

  const rows = await Promise.all([
    ...system.projections.projections.map((p) => row(p.name, "projection", live[p.name] ?? 0, { categories: p.categories })),
    row(PROCESS_MANAGER_ROW, "process-manager", system.processManager.position(), { types: [...reactsTo] }),
    // Outbound reactions, where this instance runs them or another instance has (their checkpoint row exists).
    ...(system.emails || checkpoints.has(EMAIL_CHECKPOINT) ? [row(EMAIL_CHECKPOINT, "outbound", system.emails?.position() ?? 0, { types: [...EMAIL_SOURCE_TYPES] })] : []),
    ...(system.feed || checkpoints.has(FEED_CHECKPOINT)
      ? [
          row(FEED_CHECKPOINT, "outbound", system.feed?.status().position ?? 0, { types: [...feedSourceTypes] }).then((r) => ({
            ...r,
            lastError: system.feed?.status().lastError ?? r.lastError,
          })),
        ]
      : []),
  ]);
  return { head, checkedAt: new Date(now).toISOString(), rows };
}
