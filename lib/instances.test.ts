// Several instances on one PostgreSQL database: they start together on an empty database, and a change
// committed through one reaches the followers of another by notification, not by polling.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { startSystem, type BookingSystem } from "./system";
import { seedDemoData } from "./demo/seed";
import { subscribe } from "./eventstore/subscription";
import type { StoredEvent } from "./eventstore/types";
import { createTestDatabase, dropTestDatabase, postgresAvailable, type TestDatabase } from "./testing/databases";
import { eventually, showOnSale } from "./testing/system";
import { holdSeats } from "./commands/holds";
import { arena } from "./demo/venues";
import type { SeatSpec } from "./domain/seats";

/** Long enough that only a notification can explain a follower seeing a change within the test. */
const NO_POLL = { safetyNetPollMs: 600_000 };

const instance = (url: string, options: Partial<Parameters<typeof startSystem>[0]> = {}) =>
  startSystem({ databaseUrl: url, holdTtlSeconds: 60, ...options });

describe.skipIf(!postgresAvailable())("instances on one PostgreSQL database", () => {
  describe("started together on an empty database", () => {
    let db: TestDatabase;
    const systems: BookingSystem[] = [];
    beforeAll(async () => {
      db = await createTestDatabase("postgres", { migrated: false });
    });
    afterAll(async () => {
      await Promise.all(systems.map((s) => s.stop()));
      if (db) await dropTestDatabase(db);
    });

    it("all come up, and the demo shows are made exactly once", async () => {
      // Each as server.ts does it: start (migrate, checkpoints), then seed an empty database.
      const started = await Promise.allSettled(
        [1, 2, 3].map(async () => {
          const system = await instance(db.url);
          systems.push(system);
          return seedDemoData(system, () => undefined);
        }),
      );
      expect(started.map((s) => (s.status === "rejected" ? String(s.reason) : "up"))).toEqual(["up", "up", "up"]);
      expect(started.filter((s) => s.status === "fulfilled" && s.value)).toHaveLength(1);

      const [first] = systems as [BookingSystem];
      const scheduled = await first.store.readAll({ types: ["ShowScheduled"], limit: 100 });
      expect(scheduled.map((e) => e.streamId).sort()).toEqual(["show-arena-tour", "show-hamlet", "show-ninth"]);
      const checkpoints = await first.db.prisma.projectionCheckpoint.findMany({ orderBy: { name: "asc" } });
      expect(checkpoints.map((c) => c.name)).toEqual(["booking-view", "process-manager", "seat-view", "show-view", "stream-view"]);
    });
  });

  describe("two instances", () => {
    let db: TestDatabase;
    let a: BookingSystem;
    let b: BookingSystem;
    beforeAll(async () => {
      db = await createTestDatabase("postgres");
      [a, b] = await Promise.all([instance(db.url, NO_POLL), instance(db.url, NO_POLL)]);
    });
    afterAll(async () => {
      await Promise.all([a?.stop(), b?.stop()]);
      if (db) await dropTestDatabase(db);
    });

    it("wake each other's subscriptions by notification as soon as an append commits", async () => {
      const from = await b.store.headPosition();
      const seen: Array<{ position: number; at: number }> = [];
      const following = subscribe(b.store, {
        from,
        pollMs: 600_000,
        handle: async (events: StoredEvent[]) => void seen.push(...events.map((e) => ({ position: e.position, at: Date.now() }))),
      });
      try {
        const delays: number[] = [];
        for (let n = 0; n < 5; n++) {
          const before = Date.now();
          const { lastPosition } = await a.store.append(`probe-heard${n}`, [{ type: "Probed" }], {
            expectedVersion: "no_stream",
          });
          await eventually(async () => seen.some((s) => s.position === lastPosition), 2000, 2);
          delays.push(Date.now() - before);
        }
        expect(Math.max(...delays)).toBeLessThan(500);
      } finally {
        await following.stop();
      }
    });

    it("push what one instance's projections applied to the other's checkpoint followers", async () => {
      const moved: string[] = [];
      const unlisten = b.notifications.onCheckpointMoved((name) => void (name && moved.push(name)));
      try {
        const seats = arena().slice(0, 10);
        const showId = await showOnSale(a, seats);
        const seatIds = [(seats[0] as SeatSpec).seatId];
        const held = await holdSeats(a.deps, { showId, seatIds, customerId: "c_heard" }, { actor: "customer:c_heard", commandId: `${showId}:hold` });
        if (!held.ok) throw new Error(held.error.message);
        await eventually(async () => moved.includes("seat-view"), 2000, 5);
        // B's read-your-writes waits end at once too, whichever instance applied the batch.
        expect(await b.projections.waitFor(held.lastPosition, 2000)).toBe(true);
      } finally {
        unlisten();
      }
    });

    it("listen again after the connection is cut, and tell followers to catch up", async () => {
      const woken: Array<number | null> = [];
      const unlisten = b.notifications.onEventsAppended((position) => woken.push(position));
      try {
        const admin = new pg.Client({ connectionString: db.url });
        await admin.connect();
        await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'booking-listener' AND datname = current_database()");
        await admin.end();
        // Back: followers are told to look (null), and appends are heard again.
        await eventually(async () => woken.includes(null), 5000, 10);
        const { lastPosition } = await a.store.append("probe-heard-again", [{ type: "Probed" }], {
          expectedVersion: "no_stream",
        });
        await eventually(async () => woken.includes(lastPosition), 2000, 5);
      } finally {
        unlisten();
      }
    });
  });
});
