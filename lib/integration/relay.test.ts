// The feed relay against a real NATS JetStream server (NATS_URL, default nats://127.0.0.1:4222) on both
// databases: every public event once, in log order, also across a relay killed mid-stream (SIGKILL).
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { jetstreamManager, type JetStreamManager } from "@nats-io/jetstream";
import { connect, type NatsConnection } from "@nats-io/transport-node";
import { afterAll, beforeAll, expect, it } from "vitest";
import { EventStore } from "../eventstore/store";
import type { NewEvent } from "../eventstore/types";
import { describeEachDatabase } from "../testing/databases";
import { eventually } from "../testing/system";
import type { IntegrationEvent } from "./contracts";
import { openFeedPublisher, type FeedStream } from "./jetstream";
import { FeedRelay } from "./relay";

const NATS_URL = process.env.TEST_NATS_URL ?? "nats://127.0.0.1:4222";
let nc: NatsConnection | null = null;
let jsm: JetStreamManager;

beforeAll(async () => {
  try {
    nc = await connect({ servers: NATS_URL, timeout: 2000 });
    jsm = await jetstreamManager(nc);
  } catch (error) {
    // CI sets REQUIRE_NATS: a feed test that cannot reach its server must fail there, not pass quietly.
    if (process.env.REQUIRE_NATS) throw error;
    console.warn(`NATS is not reachable at ${NATS_URL}: the feed relay tests are skipped`);
  }
});
afterAll(async () => {
  await nc?.close();
});

const freshFeed = (): FeedStream => {
  const id = randomBytes(4).toString("hex");
  return { url: NATS_URL, stream: `TEST_FEED_${id}`, prefix: `test${id}` };
};

const messagesIn = async (stream: string) => (await jsm.streams.info(stream)).state.messages;

async function positionsIn(stream: string): Promise<number[]> {
  const positions: number[] = [];
  const count = await messagesIn(stream);
  for (let seq = 1; seq <= count; seq++) {
    const message = await jsm.streams.getMessage(stream, { seq });
    positions.push((message?.json<IntegrationEvent>() as IntegrationEvent).position);
  }
  return positions;
}

/** `count` public events (show reschedules) with internal ones between them; answers the public ones' positions. */
async function appendShowChanges(store: EventStore, count: number): Promise<number[]> {
  const positions: number[] = [];
  for (let done = 0; done < count; done += 50) {
    const events: NewEvent[] = [];
    for (let i = done; i < Math.min(count, done + 50); i++)
      events.push({ type: "ShowRescheduled", showId: "feedshow", startsAt: new Date(Date.UTC(2027, 0, 1, 0, i)).toISOString(), previousStartsAt: "2027-01-01T00:00:00.000Z" });
    const result = await store.append("show-feedshow", events, { expectedVersion: "any", actor: "staff:test" });
    positions.push(...result.positions);
    // Internal: never on the feed.
    await store.append("seats-feedshow", [{ type: "SalesClosed", showId: "feedshow" }], { expectedVersion: "any", actor: "staff:test" });
  }
  return positions;
}

describeEachDatabase("the integration feed relay", (db, info) => {
  it("publishes every public event once, in log order, and after a SIGKILL mid-stream resumes with no gap and no duplicate", async (context) => {
    if (!nc) return context.skip();
    const store = new EventStore(db());
    const expected = await appendShowChanges(store, 3000);
    const feed = freshFeed();
    try {
      // The relay in its own process, so it can be killed for real.
      const child = spawn(process.execPath, ["--import", "tsx", "scripts/feed-relay.ts"], {
        env: { ...process.env, DATABASE_URL: info().url, NATS_URL, NATS_STREAM: feed.stream, NATS_SUBJECT_PREFIX: feed.prefix },
        stdio: "ignore",
      });
      const exited = new Promise((resolve) => child.once("exit", resolve));
      await eventually(async () => ((await jsm.streams.info(feed.stream).catch(() => null))?.state.messages ?? 0) >= 200, 30_000, 5);
      child.kill("SIGKILL");
      await exited;
      const atKill = await messagesIn(feed.stream);
      expect(atKill, "the relay was killed before it had published everything").toBeLessThan(expected.length);

      const relay = new FeedRelay(store, db(), await openFeedPublisher(feed), { batchSize: 100, pollMs: 20 });
      await relay.start();
      await eventually(async () => (await messagesIn(feed.stream)) === expected.length, 30_000);
      await eventually(async () => relay.status().position >= (expected.at(-1) as number), 10_000);
      await relay.stop();

      expect(await positionsIn(feed.stream)).toEqual(expected);
    } finally {
      await jsm.streams.delete(feed.stream).catch(() => undefined);
    }
  });

  it("a second relay over the same log adds nothing: the server drops what it has by position", async (context) => {
    if (!nc) return context.skip();
    const store = new EventStore(db());
    const feed = freshFeed();
    const fromTheStart = () => db().driver.run("UPDATE projection_checkpoints SET position = 0 WHERE name = 'integration-feed'");
    try {
      // A new feed over the log the previous test wrote: from the start.
      await fromTheStart();
      const first = new FeedRelay(store, db(), await openFeedPublisher(feed), { pollMs: 20 });
      await first.start();
      const head = await store.headPosition();
      await eventually(async () => first.status().position >= head);
      const published = await messagesIn(feed.stream);
      expect(published).toBeGreaterThan(0);
      await first.stop();
      // From position 0 again (as a relay whose checkpoint was lost would): all duplicates.
      await fromTheStart();
      const second = new FeedRelay(store, db(), await openFeedPublisher(feed), { pollMs: 20 });
      await second.start();
      await eventually(async () => second.status().position >= head);
      await second.stop();
      expect(await messagesIn(feed.stream)).toBe(published);
      expect(second.status().duplicates).toBe(published);
    } finally {
      await jsm.streams.delete(feed.stream).catch(() => undefined);
    }
  });
});
