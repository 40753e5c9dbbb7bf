import { describe, expect, it } from "vitest";
import { openDatabase } from "../db/database";
import { describeEachDatabase } from "../testing/databases";
import { isConcurrencyError } from "./errors";
import { EventStore } from "./store";
import { subscribe } from "./subscription";
import type { StoredEvent } from "./types";
import { UpcasterRegistry } from "./upcasters";
import { catalogueUpcasters } from "../commands/catalogue-upcasters";
import { customerSecrets } from "../customers/secrets";

const held = (bookingId: string, seatIds: string[]) => ({ type: "SeatsHeld", showId: "s1", bookingId, seatIds, expiresAt: "2030-01-01T00:00:00.000Z" });

describeEachDatabase("event store", (db) => {
  const store = () => new EventStore(db());

  it("appends atomically and reads the stream back in version order", async () => {
    const result = await store().append("seats-a1", [held("b1", ["A-1"]), held("b2", ["A-2"])], {
      expectedVersion: "no_stream",
      commandId: "cmd-a1",
      correlationId: "corr-a1",
      actor: "customer:c1",
    });
    expect(result.duplicate).toBe(false);
    expect(result.versions).toEqual({ "seats-a1": 2 });
    expect(result.positions).toHaveLength(2);
    expect(result.positions[1]).toBeGreaterThan(result.positions[0] as number);

    const events = await store().readStream("seats-a1");
    expect(events.map((e) => [e.version, e.event.type, e.event.bookingId])).toEqual([
      [1, "SeatsHeld", "b1"],
      [2, "SeatsHeld", "b2"],
    ]);
    expect(events[0]?.metadata).toMatchObject({ commandId: "cmd-a1", correlationId: "corr-a1", actor: "customer:c1" });
    expect(events[0]?.category).toBe("seats");
    expect(await store().streamVersion("seats-a1")).toBe(2);
  });

  it("refuses a wrong expected version with a typed concurrency error and appends nothing", async () => {
    await store().append("seats-a2", [held("b1", ["A-1"])], { expectedVersion: 0 });
    const head = await store().headPosition();
    for (const expectedVersion of [0, 5, "no_stream"] as const) {
      const error = await store()
        .append("seats-a2", [held("b2", ["A-2"])], { expectedVersion })
        .catch((e: unknown) => e);
      expect(isConcurrencyError(error)).toBe(true);
    }
    expect(await store().headPosition()).toBe(head);
    expect(await store().streamVersion("seats-a2")).toBe(1);
  });

  it("answers a repeated command id with the first result and appends nothing", async () => {
    const first = await store().append("seats-a3", [held("b1", ["A-1"])], { expectedVersion: "any", commandId: "cmd-a3" });
    const head = await store().headPosition();
    const again = await store().append("seats-a3", [held("b9", ["A-9"])], { expectedVersion: "any", commandId: "cmd-a3" });
    expect(again).toEqual({ ...first, duplicate: true });
    expect(await store().headPosition()).toBe(head);
    expect((await store().readStream("seats-a3")).map((e) => e.event.bookingId)).toEqual(["b1"]);
  });

  it("writes a commit to several streams all or nothing", async () => {
    await store().append("booking-x1", [{ type: "BookingExpired", bookingId: "x1" }], { expectedVersion: "no_stream" });
    const head = await store().headPosition();
    const error = await store()
      .commit([
        {
          commandId: "cmd-multi",
          appends: [
            { streamId: "seats-a4", expectedVersion: "no_stream", events: [held("x1", ["A-1"])] },
            { streamId: "booking-x1", expectedVersion: "no_stream", events: [{ type: "BookingExpired", bookingId: "x1" }] },
          ],
        },
      ])
      .catch((e: unknown) => e);
    expect(isConcurrencyError(error)).toBe(true);
    expect(await store().headPosition()).toBe(head);
    expect(await store().streamVersion("seats-a4")).toBe(0);
    expect((await store().handledCommandResults(["cmd-multi"])).size).toBe(0);
  });

  it("rejects malformed appends with a clear error and appends nothing", async () => {
    const head = await store().headPosition();
    await expect(store().append("no category", [held("b", ["A"])], { expectedVersion: "any" })).rejects.toThrow(/<category>-<id>/);
    await expect(store().append("seats-a5", [], { expectedVersion: "any" })).rejects.toThrow(/Nothing to append/);
    await expect(store().append("seats-a5", [{ type: "" }], { expectedVersion: "any" })).rejects.toThrow(/needs a type/);
    expect(await store().headPosition()).toBe(head);
  });

  it("filters the global log by category, type, correlation and position, forwards and backwards", async () => {
    const s = store();
    await s.append("show-f1", [{ type: "ShowPublished", showId: "f1" }], { expectedVersion: "any", correlationId: "corr-f" });
    await s.append("seats-f1", [held("f1", ["A-1"])], { expectedVersion: "any", correlationId: "corr-f" });
    await s.append("seats-f2", [held("f2", ["A-1"])], { expectedVersion: "any", correlationId: "other" });
    const correlated = await s.readAll({ correlationId: "corr-f" });
    expect(correlated.map((e) => e.streamId)).toEqual(["show-f1", "seats-f1"]);
    const shows = await s.readAll({ categories: ["show"] });
    expect(shows.every((e) => e.category === "show")).toBe(true);
    const typed = await s.readAll({ types: ["ShowPublished"] });
    expect(typed.every((e) => e.event.type === "ShowPublished")).toBe(true);
    const all = await s.readAll({ limit: 10_000 });
    const after = await s.readAll({ after: (all[all.length - 3] as StoredEvent).position });
    expect(after.map((e) => e.position)).toEqual(all.slice(-2).map((e) => e.position));
    const newest = await s.readAll({ backwards: true, limit: 2 });
    expect(newest.map((e) => e.position)).toEqual(all.slice(-2).map((e) => e.position).reverse());
  });

  it("upcasts an event stored at an old schema version on read, without rewriting the row", async () => {
    const { pseudonymOf } = customerSecrets("a-test-secret-that-is-long-enough-to-key");
    const s = new EventStore(db(), catalogueUpcasters(pseudonymOf));
    // A store that knows no upcasters writes BookingStarted as schema v1, as it was before bookings named their
    // currency, and when customers were named by their cookie value.
    const v1 = new EventStore(db(), new UpcasterRegistry());
    const cookie = "0f8c0d38-8a5e-4d0b-9a43-0d4c2f3b9e11";
    await v1.commit([
      {
        commandId: `hold:${cookie}:key-0001`,
        actor: `customer:${cookie}`,
        appends: [{ streamId: "booking-old2", expectedVersion: "no_stream", events: [{ type: "BookingStarted", bookingId: "old2", showId: "s", customerId: cookie, seats: [], totalCents: 0 }] }],
      },
    ]);
    const raw = await db().prisma.event.findFirstOrThrow({ where: { streamId: "booking-old2" } });
    expect(raw.schemaVersion).toBe(1);
    expect(JSON.parse(raw.data)).not.toHaveProperty("currency");

    const [read] = await s.readStream("booking-old2");
    expect(read?.schemaVersion).toBe(s.upcasters.currentVersion("BookingStarted"));
    expect(read?.schemaVersion).toBe(3);
    expect(read?.event).toMatchObject({ type: "BookingStarted", bookingId: "old2", currency: "EUR", customerId: pseudonymOf(cookie) });
    // The cookie value, a bearer secret, is nowhere in what is read: the metadata is masked the same way.
    expect(JSON.stringify(read)).not.toContain(cookie);
    expect(read?.metadata).toMatchObject({ actor: `customer:${pseudonymOf(cookie)}`, commandId: `hold:${pseudonymOf(cookie)}:key-0001` });
    const stillRaw = await db().prisma.event.findFirstOrThrow({ where: { streamId: "booking-old2" } });
    expect(stillRaw.schemaVersion).toBe(1);
    expect(stillRaw.actor).toBe(`customer:${cookie}`);
    expect(stillRaw.data).toContain(cookie);
  });

  it("reads correlation ids by how they start and end, taking LIKE's wildcards in them literally", async () => {
    for (const [n, correlationId] of ["like:a:k_1%", "like:bb:k_1%", "like:a:kX1%", "like:a:k_1X", "other:a:k_1%"].entries())
      await store().append(`seats-like${n}`, [held(`b${n}`, ["A-1"])], { expectedVersion: "no_stream", correlationId });
    const found = await store().readAll({ correlationIdPattern: { startsWith: "like:", endsWith: ":k_1%" } });
    expect(found.map((e) => e.metadata.correlationId)).toEqual(["like:a:k_1%", "like:bb:k_1%"]);
  });

  it("refuses to edit or delete stored events", async () => {
    const sql = "UPDATE events SET type = 'Edited'";
    await expect(db().prisma.$executeRawUnsafe(sql)).rejects.toThrow(/append-only/);
    await expect(db().prisma.$executeRawUnsafe("DELETE FROM events")).rejects.toThrow(/append-only/);
  });

  it("delivers the log in order from a checkpoint, again after a failing handler (at least once)", async () => {
    const s = store();
    const start = await s.headPosition();
    for (let i = 0; i < 5; i++) await s.append(`seats-sub${i}`, [held(`b${i}`, ["A-1"])], { expectedVersion: "any" });
    const seen: number[] = [];
    let failOnce = true;
    const sub = subscribe(s, {
      from: start,
      batchSize: 2,
      pollMs: 20,
      handle: async (events) => {
        if (failOnce) {
          failOnce = false;
          throw new Error("transient");
        }
        seen.push(...events.map((e) => e.position));
      },
    });
    const head = await s.headPosition();
    await sub.reached(head);
    await sub.stop();
    expect(seen).toHaveLength(5);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
    expect(seen[0]).toBeGreaterThan(start);
  });
});

describeEachDatabase("event store under concurrent appends", (db, info) => {
  it("never lets a reader see a position before every lower one has committed", async () => {
    // PostgreSQL: four connection pools append at once. SQLite: one connection (better-sqlite3 is synchronous,
    // so a second connection in the same thread would wait on the first one's lock while blocking it).
    const writers =
      info().kind === "postgres" ? await Promise.all(Array.from({ length: 4 }, () => openDatabase(info().url))) : [db(), db(), db(), db()];
    const reader = new EventStore(db());
    const start = await reader.headPosition();
    const seen: number[] = [];
    let writing = true;
    const reading = (async () => {
      let after = start;
      while (writing || after < (await reader.headPosition())) {
        const batch = await reader.readAll({ after, limit: 500 });
        for (const e of batch) seen.push(e.position);
        if (batch.length > 0) after = (batch[batch.length - 1] as StoredEvent).position;
        // Yield to timers and I/O: on SQLite every query resolves without leaving the microtask queue.
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();

    const perWriter = 8;
    const appendsEach = 25;
    await Promise.all(
      writers.flatMap((w, wi) =>
        Array.from({ length: perWriter }, (_, ci) =>
          (async () => {
            const store = new EventStore(w);
            for (let n = 0; n < appendsEach; n++)
              await store.append(`seats-w${wi}c${ci}`, [held(`b${n}`, ["A-1"]), held(`b${n}x`, ["A-2"])], { expectedVersion: n * 2 });
          })(),
        ),
      ),
    );
    writing = false;
    await reading;
    if (info().kind === "postgres") await Promise.all(writers.map((w) => w.close()));

    const written = (await reader.readAll({ after: start, limit: 100_000 })).map((e) => e.position);
    expect(written).toHaveLength(4 * perWriter * appendsEach * 2);
    // Seen exactly once each, in order, and nothing missing.
    expect(seen).toEqual(written);
  });
});

describe("upcaster registry", () => {
  it("upcasts step by step to the current version", () => {
    const registry = new UpcasterRegistry()
      .register("Thing", 1, (d) => ({ ...d, b: 2 }))
      .register("Thing", 2, (d) => ({ ...d, c: 3 }));
    expect(registry.currentVersion("Thing")).toBe(3);
    expect(registry.upcast("Thing", 1, { a: 1 })).toEqual({ schemaVersion: 3, data: { a: 1, b: 2, c: 3 } });
    expect(registry.upcast("Other", 1, { a: 1 })).toEqual({ schemaVersion: 1, data: { a: 1 } });
  });
});
