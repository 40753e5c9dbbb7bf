// The feed relay: the log is the outbox. It follows the log from its own checkpoint, publishes each public
// event in log order (waiting for JetStream's ack, the log position as message id) and moves the checkpoint
// after each batch. A crash between publish and checkpoint re-publishes the tail of a batch on restart, and
// JetStream drops those as duplicates: no gap, no duplicate. Several instances may each run one; they
// publish the same ids in the same order, so the stream still holds each message once, in order.
import type { Database } from "../db/database";
import type { DomainEvent } from "../domain/events";
import { advanceCheckpoint, ensureCheckpoint } from "../db/checkpoints";
import type { EventStore } from "../eventstore/store";
import { subscribe, type Subscription } from "../eventstore/subscription";
import type { StoredEvent } from "../eventstore/types";
import type { FeedPublisher } from "./jetstream";
import { feedSourceTypes, integrationEventOf } from "./public-events";

export const FEED_CHECKPOINT = "integration-feed";

export interface FeedRelayStatus {
  running: boolean;
  /** The log position published up to (this process's view). */
  position: number;
  published: number;
  duplicates: number;
  lastError: string | null;
}

export class FeedRelay {
  private subscription: Subscription | null = null;
  private readonly stats = { published: 0, duplicates: 0, lastError: null as string | null };

  constructor(
    private readonly store: EventStore,
    private readonly db: Database,
    private readonly publisher: FeedPublisher,
    private readonly options: { batchSize?: number; pollMs?: number; onError?(error: unknown): void } = {},
  ) {}

  async start(): Promise<void> {
    if (this.subscription) return;
    const from = await ensureCheckpoint(this.db, FEED_CHECKPOINT);
    this.subscription = subscribe(this.store, {
      from,
      batchSize: this.options.batchSize ?? 200,
      pollMs: this.options.pollMs ?? 250,
      filter: { types: [...feedSourceTypes] },
      handle: async (events) => {
        for (const stored of events) {
          const event = integrationEventOf(stored as StoredEvent<DomainEvent>);
          if (!event) continue;
          const { duplicate } = await this.publisher.publish(event);
          if (duplicate) this.stats.duplicates += 1;
          else this.stats.published += 1;
        }
        await advanceCheckpoint(this.db, FEED_CHECKPOINT, (events[events.length - 1] as StoredEvent).position);
        this.stats.lastError = null;
      },
      onError: (error) => {
        this.stats.lastError = String(error);
        this.options.onError?.(error);
      },
    });
  }

  status(): FeedRelayStatus {
    return { running: this.subscription !== null, position: this.subscription?.position() ?? 0, ...this.stats };
  }

  async stop(): Promise<void> {
    await this.subscription?.stop();
    this.subscription = null;
    await this.publisher.close();
  }
}
