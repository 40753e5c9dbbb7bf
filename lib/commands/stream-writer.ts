// The single writer of one stream in this process. It keeps the stream's state in memory, decides
// queued commands one after another against it, and commits each group of decisions in one
// transaction (group commit). Another process writing the stream shows up as a version change
// (caught up before deciding) or a ConcurrencyError (reload, then decide the group again).
import { randomInt } from "node:crypto";
import type { Decider } from "../domain/decider";
import { isDomainError, type DomainError } from "../domain/errors";
import { isConcurrencyError } from "../eventstore/errors";
import { loadSnapshot, saveSnapshot } from "../eventstore/snapshots";
import type { EventStore } from "../eventstore/store";
import type { Commit, CommitResult, NewEvent, StreamAppend } from "../eventstore/types";
import type { StreamLocks } from "./stream-locks";

export interface CommandContext {
  /** Idempotency key: a command with a known id returns its first result and appends nothing. */
  commandId: string;
  correlationId?: string;
  causationId?: string | null;
  actor: string;
}

export type CommandResult<E> =
  | { ok: true; duplicate: boolean; events: E[]; positions: number[]; lastPosition: number; versions: Record<string, number> }
  | { ok: false; error: DomainError };

/** Appends to other streams that follow from the decided events (e.g. a hold starts a booking). */
export type FollowUp<E, S> = (events: E[], state: S) => StreamAppend[];

interface Pending<C, E, S> {
  command: C;
  context: CommandContext;
  followUp?: FollowUp<E, S>;
  resolve(result: CommandResult<E>): void;
  reject(error: unknown): void;
}

/** A refusal decided on a state that another process has since moved on from: decide again, carefully. */
class StaleRefusal extends Error {}

export interface StreamWriterOptions {
  maxGroup: number;
  maxAttempts: number;
  snapshotEvery: number;
  minSnapshotIntervalMs: number;
  snapshotVersion: number;
  /** Set where other processes write this stream too: each group is decided and committed under its lock. */
  lock?: StreamLocks;
}

export class StreamWriter<C, E extends NewEvent, S> {
  private state: S;
  private version = 0;
  private loaded = false;
  private lastSnapshotVersion = 0;
  private lastSnapshotAt = 0;
  private queue: Array<Pending<C, E, S>> = [];
  private draining = false;
  /** How many events were replayed by the last (re)load: the snapshot test reads it. */
  replayedOnLoad = 0;

  constructor(
    private readonly store: EventStore,
    private readonly decider: Decider<C, E, S>,
    readonly streamId: string,
    private readonly options: StreamWriterOptions,
  ) {
    this.state = decider.initialState;
  }

  get idle(): boolean {
    return !this.draining && this.queue.length === 0;
  }

  execute(command: C, context: CommandContext, followUp?: FollowUp<E, S>): Promise<CommandResult<E>> {
    return new Promise((resolve, reject) => {
      this.queue.push({ command, context, followUp, resolve, reject });
      if (!this.draining) void this.drain();
    });
  }

  /** The state as this writer knows it, caught up with the store. */
  async currentState(): Promise<{ state: S; version: number }> {
    await this.catchUp();
    return { state: this.state, version: this.version };
  }

  private async drain(): Promise<void> {
    this.draining = true;
    try {
      while (this.queue.length > 0) {
        const group = this.queue.splice(0, this.options.maxGroup);
        await this.run(group);
      }
    } finally {
      this.draining = false;
    }
  }

  private async run(group: Array<Pending<C, E, S>>): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        const { lock } = this.options;
        // Under the lock another process's writes can only have come before: read them, then decide.
        if (lock) await lock.hold(this.streamId, () => this.decideAndCommit(group, attempt > 1 ? "careful" : "locked"));
        else await this.decideAndCommit(group, attempt > 1 ? "careful" : "fast");
        return;
      } catch (error) {
        this.loaded = false;
        if (error instanceof StaleRefusal) continue;
        if (isConcurrencyError(error) && attempt < this.options.maxAttempts) {
          // Jittered backoff, so competing processes do not retry in lockstep.
          await new Promise((r) => setTimeout(r, randomInt(1, 5 + 10 * attempt)));
          continue;
        }
        for (const item of group) item.reject(error);
        return;
      }
    }
  }

  /**
   * Careful (first load, or after a lost race): answer commands handled before with their first result,
   * and read what other processes wrote, before deciding. Fast (the usual case, state warm): decide at
   * once; the commit itself checks versions and command ids, and refusals are double-checked before
   * they are answered, so a stale state never refuses wrongly.
   */
  private async decideAndCommit(group: Array<Pending<C, E, S>>, mode: "fast" | "careful" | "locked"): Promise<void> {
    const thorough = mode === "careful" || !this.loaded;
    const known = thorough ? await this.store.handledCommandResults(group.map((p) => p.context.commandId)) : new Map<string, CommitResult>();
    if (thorough) await this.catchUp();
    // Holding the stream's lock: what other processes wrote is all there is, one read away.
    else if (mode === "locked") await this.readTail();

    let state = this.state;
    let version = this.version;
    const commits: Commit[] = [];
    const decided: Array<{ item: Pending<C, E, S>; events: E[]; commitIndex: number; twinOf?: number }> = [];
    const answered: Array<[Pending<C, E, S>, CommandResult<E>]> = [];
    const inGroup = new Map<string, number>();

    for (const item of group) {
      const previous = known.get(item.context.commandId);
      if (previous) {
        answered.push([item, { ok: true, events: [], ...previous, duplicate: true }]);
        continue;
      }
      const twin = inGroup.get(item.context.commandId);
      if (twin !== undefined) {
        // The same command twice in one group (a double submit): both get the first one's answer.
        decided.push({ item, events: [], commitIndex: -1, twinOf: twin });
        continue;
      }
      let events: E[];
      let next = state;
      let followUps: StreamAppend[] = [];
      try {
        events = this.decider.decide(item.command, state);
        for (const event of events) next = this.decider.evolve(next, event);
        if (events.length > 0) followUps = item.followUp?.(events, next) ?? [];
      } catch (error) {
        if (!isDomainError(error)) throw error;
        answered.push([item, { ok: false, error }]);
        continue;
      }
      inGroup.set(item.context.commandId, decided.length);
      if (events.length === 0) {
        decided.push({ item, events, commitIndex: -1 });
        continue;
      }
      const expectedVersion = version;
      state = next;
      version += events.length;
      commits.push({
        commandId: item.context.commandId,
        correlationId: item.context.correlationId,
        causationId: item.context.causationId,
        actor: item.context.actor,
        appends: [{ streamId: this.streamId, expectedVersion, events }, ...followUps],
      });
      decided.push({ item, events, commitIndex: commits.length - 1 });
    }

    // Refusals and no-ops wrote nothing, so nothing checks them at commit: a retried command lands here too.
    const unchecked = [
      ...answered.filter(([, r]) => !r.ok).map(([item]) => item.context.commandId),
      ...decided.filter((d) => d.commitIndex === -1 && d.twinOf === undefined).map((d) => d.item.context.commandId),
    ];
    if (!thorough && unchecked.length > 0 && !(await this.store.isCurrent(this.streamId, this.version, unchecked)))
      throw new StaleRefusal();

    const results: CommitResult[] = commits.length > 0 ? await this.store.commit(commits) : [];
    this.state = state;
    this.version = version;
    // A command first handled elsewhere was skipped by the commit: this state holds events never written.
    if (results.some((r) => r.duplicate)) this.loaded = false;

    for (const [item, result] of answered) item.resolve(result);
    const resultOf = (entry: { events: E[]; commitIndex: number }): Extract<CommandResult<E>, { ok: true }> => {
      if (entry.commitIndex >= 0) {
        const r = results[entry.commitIndex] as CommitResult;
        return { ok: true, events: entry.events, ...r };
      }
      return { ok: true, duplicate: false, events: [], versions: { [this.streamId]: version }, positions: [], lastPosition: 0 };
    };
    for (const entry of decided) {
      const original = entry.twinOf === undefined ? undefined : decided[entry.twinOf];
      entry.item.resolve(original ? { ...resultOf(original), duplicate: true } : resultOf(entry));
    }
    // Every `snapshotEvery` versions, but at most once per interval: a big seat map's snapshot costs
    // hundreds of milliseconds of serialisation, which a hot stream should not pay every few seconds.
    if (
      this.version - this.lastSnapshotVersion >= this.options.snapshotEvery &&
      Date.now() - this.lastSnapshotAt >= this.options.minSnapshotIntervalMs
    )
      void this.snapshot();
  }

  /** Loads the stream on first use (snapshot + tail), then reads only what others appended since. */
  private async catchUp(): Promise<void> {
    if (!this.loaded) {
      this.state = this.decider.initialState;
      this.version = 0;
      this.replayedOnLoad = 0;
      const snapshot = await loadSnapshot(this.store.db, this.streamId, this.options.snapshotVersion);
      if (snapshot) {
        this.state = this.decider.fromSnapshot(snapshot.state);
        this.version = snapshot.version;
        this.lastSnapshotVersion = snapshot.version;
      }
      await this.readTail();
      this.loaded = true;
      return;
    }
    if ((await this.store.streamVersion(this.streamId)) !== this.version) await this.readTail();
  }

  private async readTail(): Promise<void> {
    for (;;) {
      const events = await this.store.readStream(this.streamId, { fromVersion: this.version + 1, limit: 5000 });
      for (const stored of events) {
        this.state = this.decider.evolve(this.state, stored.event as E);
        this.version = stored.version;
      }
      this.replayedOnLoad += events.length;
      if (events.length < 5000) return;
    }
  }

  private async snapshot(): Promise<void> {
    const version = this.version;
    this.lastSnapshotVersion = version;
    this.lastSnapshotAt = Date.now();
    try {
      await saveSnapshot(this.store.db, {
        streamId: this.streamId,
        version,
        schemaVersion: this.options.snapshotVersion,
        state: this.decider.toSnapshot(this.state),
      });
    } catch (error) {
      console.error(`Snapshot of ${this.streamId} at ${version} failed`, error);
    }
  }
}
