// Routes each command to the single in-process writer of its stream. Writers keep their stream's
// state warm; idle ones are dropped when too many are cached.
import type { Decider } from "../domain/decider";
import type { EventStore } from "../eventstore/store";
import type { NewEvent } from "../eventstore/types";
import { StreamWriter, type CommandContext, type CommandResult, type FollowUp } from "./stream-writer";
import type { StreamLocks } from "./stream-locks";

export interface CommandBusOptions {
  maxGroup?: number;
  maxAttempts?: number;
  snapshotEvery?: number;
  minSnapshotIntervalMs?: number;
  maxCachedStreams?: number;
  /** Streams of these categories are written under a lock shared by every process on the database. */
  streamLocks?: { locks: StreamLocks; categories: readonly string[] };
}

export class CommandBus {
  /** Writers of different deciders share one LRU map; each is read back with its own types. */
  private readonly writers = new Map<string, { readonly idle: boolean }>();

  constructor(
    readonly store: EventStore,
    private readonly options: CommandBusOptions = {},
  ) {}

  execute<C, E extends NewEvent, S>(
    decider: Decider<C, E, S>,
    streamId: string,
    command: C,
    context: CommandContext,
    followUp?: FollowUp<E, S>,
  ): Promise<CommandResult<E>> {
    return this.writer(decider, streamId).execute(command, context, followUp);
  }

  /** The stream's current state, as its writer knows it (caught up with the store). */
  async load<C, E extends NewEvent, S>(decider: Decider<C, E, S>, streamId: string): Promise<{ state: S; version: number }> {
    return this.writer(decider, streamId).currentState();
  }

  writer<C, E extends NewEvent, S>(decider: Decider<C, E, S>, streamId: string): StreamWriter<C, E, S> {
    let writer = this.writers.get(streamId) as StreamWriter<C, E, S> | undefined;
    if (writer) {
      // Re-inserting keeps the map in least-recently-used order.
      this.writers.delete(streamId);
    } else {
      writer = new StreamWriter(this.store, decider, streamId, {
        maxGroup: this.options.maxGroup ?? 256,
        maxAttempts: this.options.maxAttempts ?? 8,
        snapshotEvery: this.options.snapshotEvery ?? 1000,
        minSnapshotIntervalMs: this.options.minSnapshotIntervalMs ?? 30_000,
        snapshotVersion: decider.snapshotVersion,
        lock: this.lockFor(streamId),
      });
    }
    this.writers.set(streamId, writer);
    this.evictIdle();
    return writer;
  }

  private lockFor(streamId: string): StreamLocks | undefined {
    const shared = this.options.streamLocks;
    const category = streamId.slice(0, streamId.indexOf("-"));
    return shared?.categories.includes(category) ? shared.locks : undefined;
  }

  private evictIdle(): void {
    const max = this.options.maxCachedStreams ?? 2000;
    if (this.writers.size <= max) return;
    for (const [streamId, writer] of this.writers) {
      if (this.writers.size <= max) break;
      if (writer.idle) this.writers.delete(streamId);
    }
  }
}
