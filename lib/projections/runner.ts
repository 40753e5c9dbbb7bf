// Runs every projection from its own checkpoint: catch up, then follow new events. Each batch of row
// changes commits with the checkpoint in one transaction, so a crash neither repeats nor skips an event.
// Rebuilds run beside the live runners, into shadow tables (lib/projections/rebuild.ts).
import { randomUUID } from "node:crypto";
import os from "node:os";
import type { Database } from "../db/database";
import type { DomainEvent } from "../domain/events";
import type { EventStore } from "../eventstore/store";
import { placeholders } from "../eventstore/sql";
import { subscribe, type Subscription } from "../eventstore/subscription";
import type { StoredEvent } from "../eventstore/types";
import { applyBatch, type Projection } from "./projection";
import { rebuildIntoShadow, type RebuildOptions, type RebuildProgress } from "./rebuild";
import { claimLease, endLease, RebuildAlreadyRunning } from "./rebuild-lease";
import { ensureCheckpoint } from "../db/checkpoints";

export type ProjectionProgress = RebuildProgress;

export interface ClaimedRebuild {
  run(onProgress?: (progress: ProjectionProgress) => void): Promise<void>;
}

export interface ProjectionRunnerOptions {
  batchSize?: number;
  pollMs?: number;
  onApplied?(name: string, events: StoredEvent[]): void;
  onError?(name: string, error: unknown): void;
  rebuild?: RebuildOptions;
  /** How long a rebuild's lease outlives its last renewal (a crashed instance's rebuild is taken over after it). */
  rebuildLeaseMs?: number;
}

type AppliedListener = (name: string, events: StoredEvent[]) => void;

export class ProjectionRunner {
  private readonly subscriptions = new Map<string, Subscription>();
  private readonly appliedListeners = new Set<AppliedListener>();
  private readonly db: Database;
  /** Names this process in rebuild leases (the staff page says where a rebuild runs). */
  readonly owner = `${os.hostname()}:${process.pid}`;

  /** How long a rebuild's lease outlives its last renewal. */
  get rebuildLeaseMs(): number {
    return this.options.rebuildLeaseMs ?? 30_000;
  }

  constructor(
    private readonly store: EventStore,
    // A heterogeneous list: each projection's row type is its own.
    readonly projections: Array<Projection<never>>,
    private readonly options: ProjectionRunnerOptions = {},
  ) {
    this.db = store.db;
  }

  /** Called after each committed batch: live views push what changed from here. */
  onApplied(listener: AppliedListener): () => void {
    this.appliedListeners.add(listener);
    return () => this.appliedListeners.delete(listener);
  }

  async start(): Promise<void> {
    for (const projection of this.projections) await this.startOne(projection);
  }

  async stop(): Promise<void> {
    await Promise.all([...this.subscriptions.values()].map((s) => s.stop()));
    this.subscriptions.clear();
  }

  private projection(name: string): Projection<never> {
    const found = this.projections.find((p) => p.name === name);
    if (!found) throw new Error(`There is no projection ${name}`);
    return found;
  }

  private checkpoint(name: string): Promise<number> {
    return ensureCheckpoint(this.db, name);
  }

  private async startOne(projection: Projection<never>): Promise<void> {
    // The checkpoint as this runner last saw it. Another process (or a rebuild's swap, which moves it to
    // the rebuild's position) may move it on: then claims fail and the runner resumes from where it is.
    let known = await this.checkpoint(projection.name);
    const subscription = subscribe(this.store, {
      from: known,
      batchSize: this.options.batchSize ?? 1000,
      pollMs: this.options.pollMs ?? 200,
      filter: { categories: projection.categories },
      handle: async (events) => {
        const first = events[0] as StoredEvent;
        const last = (events[events.length - 1] as StoredEvent).position;
        const moved = await this.db.driver.transaction(async (sql) => {
          // The checkpoint only moves from where this runner read: another process that got there
          // first makes this batch a no-op instead of applying it twice.
          const [to, at, name, from, seen] = placeholders(this.db.kind, 5);
          const claimed = await sql.run(
            `UPDATE projection_checkpoints SET position = ${to}, status = 'running', last_error = NULL, updated_at = ${at}
             WHERE name = ${name} AND position < ${from} AND position >= ${seen}`,
            [last, new Date(), projection.name, first.position, known],
          );
          if (claimed === 0) return true;
          await applyBatch(projection, { sql, kind: this.db.kind }, events as Array<StoredEvent<DomainEvent>>);
          return false;
        });
        if (moved) return { resumeFrom: (known = await this.checkpoint(projection.name)) };
        known = last;
        this.options.onApplied?.(projection.name, events);
        for (const listener of this.appliedListeners) listener(projection.name, events);
      },
      onError: (error) => {
        this.options.onError?.(projection.name, error);
        void this.db.prisma.projectionCheckpoint
          .update({ where: { name: projection.name }, data: { status: "failed", lastError: String(error), updatedAt: new Date() } })
          .catch(() => undefined);
      },
    });
    this.subscriptions.set(projection.name, subscription);
  }

  /** Read-your-writes: resolves true once every projection has applied the log up to `position`. */
  async waitFor(position: number, timeoutMs = 5000): Promise<boolean> {
    if (position <= 0) return true;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), timeoutMs);
    });
    const reached = Promise.all([...this.subscriptions.values()].map((s) => s.reached(position))).then(() => true);
    const result = await Promise.race([reached, timeout]);
    clearTimeout(timer);
    return result;
  }

  positions(): Record<string, number> {
    return Object.fromEntries([...this.subscriptions].map(([name, s]) => [name, s.position()]));
  }

  /**
   * Takes the rebuild lease of a projection; null when a rebuild of it is running (here or in another
   * instance). Only the holder of the lease may rebuild: `run` replays the log into shadow tables and
   * swaps them in, while the live tables keep serving.
   */
  async claimRebuild(name: string): Promise<ClaimedRebuild | null> {
    const projection = this.projection(name);
    const lease = { name, owner: `${this.owner}:${randomUUID().slice(0, 8)}` };
    if (!(await claimLease(this.db, name, lease.owner, this.rebuildLeaseMs))) return null;
    return {
      run: async (onProgress) => {
        try {
          await rebuildIntoShadow(this.store, projection, lease, this.options.rebuild ?? {}, (p) => onProgress?.(p));
          await endLease(this.db, lease, null);
        } catch (error) {
          await endLease(this.db, lease, error instanceof Error ? error.message : String(error)).catch(() => undefined);
          throw error;
        }
      },
    };
  }

  /** Rebuilds a projection blue/green, reporting progress; throws RebuildAlreadyRunning when one is running. */
  async rebuild(name: string, onProgress?: (progress: ProjectionProgress) => void): Promise<void> {
    const claimed = await this.claimRebuild(name);
    if (!claimed) throw new RebuildAlreadyRunning(name);
    await claimed.run(onProgress);
  }
}
