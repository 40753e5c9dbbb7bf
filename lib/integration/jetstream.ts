// The feed's JetStream stream: one stream for every contract subject, with a duplicate window long enough
// that a relay restarted after a crash re-publishes into it without a message appearing twice.
import { jetstream, jetstreamManager, type JetStreamClient } from "@nats-io/jetstream";
import { connect, nanos, type NatsConnection } from "@nats-io/transport-node";
import { FEED_SUBJECT_PREFIX, subjectOf, type IntegrationEvent } from "./contracts";

/** How long JetStream remembers message ids: a relay down longer than this could publish a message twice. */
const DUPLICATE_WINDOW_MS = 24 * 3600_000;

export interface FeedPublisher {
  /** Publishes and waits for JetStream's ack; answers whether the server had it already (same position). */
  publish(event: IntegrationEvent): Promise<{ duplicate: boolean }>;
  close(): Promise<void>;
}

export interface FeedStream {
  url: string;
  /** The JetStream stream's name (NATS_STREAM). */
  stream: string;
  /** The subjects' first token (default "seatwise"). */
  prefix?: string;
}

export async function ensureFeedStream(nc: NatsConnection, feed: FeedStream): Promise<void> {
  const jsm = await jetstreamManager(nc);
  const stream = feed.stream;
  const config = { name: stream, subjects: [`${feed.prefix ?? FEED_SUBJECT_PREFIX}.>`], duplicate_window: nanos(DUPLICATE_WINDOW_MS) };
  try {
    await jsm.streams.info(stream);
    await jsm.streams.update(stream, { subjects: config.subjects, duplicate_window: config.duplicate_window });
  } catch {
    await jsm.streams.add(config);
  }
}

export async function openFeedPublisher(feed: FeedStream): Promise<FeedPublisher> {
  const nc = await connect({ servers: feed.url, name: "seatwise-feed-relay", maxReconnectAttempts: -1 });
  await ensureFeedStream(nc, feed);
  const js: JetStreamClient = jetstream(nc);
  return {
    async publish(event) {
      const ack = await js.publish(subjectOf(event, feed.prefix), JSON.stringify(event), { msgID: String(event.position), expect: { streamName: feed.stream } });
      return { duplicate: ack.duplicate };
    },
    close: () => nc.drain(),
  };
}
