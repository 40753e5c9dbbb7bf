// Runs every projection from its own checkpoint: catch up, then follow new events. Each batch of row
// changes commits with the checkpoint in one transaction, so a crash neither repeats nor skips an event.
import type { Database } from "../db/database";
import type { DomainEvent } from "../domain/events";
import type { EventStore } from "../eventstore/store";
import { placeholders } from "../eventstore/sql";
import { subscribe, type Subscription } from "../eventstore/subscription";
import type { StoredEvent } from "../eventstore/types";
import { applyBatch, type Projection } from "./projection";
import { ensureCheckpoint } from "../db/checkpoints";

export interface ProjectionProgress {
  name: string;
  position: number;
  target: number;
  percent: number;
  done: boolean;
}

export interface ProjectionRunnerOptions {
  batchSize?: number;
  pollMs?: number;
  onApplied?(name: string, events: StoredEvent[]): void;
  onError?(name: string, error: unknown): void;
}

/** Failed batches in a row after which a rebuild reports failure (about three seconds of backoff). */
const REBUILD_GIVES_UP_AFTER = 5;

type AppliedListener = (name: string, events: StoredEvent[]) => void;

export class ProjectionRunner {
  private readonly subscriptions = new Map<string, Subscription>();
  private readonly appliedListeners = new Set<AppliedListener>();
  private readonly db: Database;

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

  /**
   * `onBatch` follows a rebuild's progress; `onFailing` hears of every failed batch with the count of
   * failures in a row (the subscription retries with backoff either way).
   */
  private async startOne(
    projection: Projection<never>,
    hooks: { onBatch?(position: number): void; onFailing?(failures: number, error: unknown): void } = {},
  ): Promise<void> {
    // The checkpoint as this runner last saw it. It only moves forward, except when a rebuild (in this or
    // another process) resets it: then it is below this value, claims fail, and the runner resumes from
    // the reset checkpoint instead of applying its batch to emptied tables.
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
        hooks.onBatch?.(last);
        this.options.onApplied?.(projection.name, events);
        for (const listener of this.appliedListeners) listener(projection.name, events);
      },
      onError: (error, failures) => {
        this.options.onError?.(projection.name, error);
        hooks.onFailing?.(failures, error);
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

  /** Empties a projection's tables and replays the whole log into them, reporting progress. */
  async rebuild(name: string, onProgress?: (progress: ProjectionProgress) => void): Promise<void> {
    const projection = this.projection(name);
    await this.subscriptions.get(name)?.stop();
    this.subscriptions.delete(name);
    const target = await this.store.headPosition();
    await this.db.prisma.$transaction(async (tx) => {
      // The checkpoint row first, as every batch locks it first: the same order on both sides, no deadlock.
      await tx.projectionCheckpoint.upsert({
        where: { name },
        create: { name, position: 0, status: "rebuilding", updatedAt: new Date() },
        update: { position: 0, status: "rebuilding", lastError: null, updatedAt: new Date() },
      });
      for (const table of projection.tables) await tx.$executeRawUnsafe(`DELETE FROM ${table}`);
    });
    const report = (position: number) =>
      onProgress?.({
        name,
        position,
        target,
        percent: target === 0 ? 100 : Math.min(100, Math.floor((position / target) * 100)),
        done: position >= target,
      });
    report(0);
    // The projection keeps retrying in the background; the rebuild itself gives up and says why.
    let giveUp: (error: unknown) => void = () => undefined;
    const failing = new Promise<never>((_, reject) => (giveUp = reject));
    await this.startOne(projection, {
      onBatch: report,
      onFailing: (failures, error) => {
        if (failures >= REBUILD_GIVES_UP_AFTER) giveUp(error);
      },
    });
    await Promise.race([(this.subscriptions.get(name) as Subscription).reached(target), failing]);
    report(target);
  }
}
