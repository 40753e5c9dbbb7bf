import { randomUUID } from "node:crypto";
import { expect, it } from "vitest";
import { CommandBus } from "./bus";
import { EventStore } from "../eventstore/store";
import { describeEachDatabase } from "../testing/databases";
import { seatsDecider, seatsStreamId, type SeatsEvent } from "../domain/seats";
import type { Commit } from "../eventstore/types";

const SHOW = "long";
const STREAM = seatsStreamId(SHOW);
const EXPIRES = "2099-01-01T00:00:00.000Z";

describeEachDatabase("loading a long stream", (db) => {
  it("replays only the tail after a snapshot, so 100,000 events load like a few", async () => {
    const store = new EventStore(db());
    const seats = Array.from({ length: 100 }, (_, i) => ({ seatId: `A-${i + 1}`, section: "S", row: "A", number: i + 1, tier: "T", priceCents: 1000 }));
    const events: SeatsEvent[] = [{ type: "SeatsAdded", showId: SHOW, currency: "EUR", seats }, { type: "SalesOpened", showId: SHOW }];
    for (let n = 0; events.length < 100_000; n++) {
      const seatIds = [`A-${(n % 100) + 1}`];
      events.push({ type: "SeatsHeld", showId: SHOW, bookingId: `b${n}`, seatIds, expiresAt: EXPIRES });
      events.push({ type: "HoldReleased", showId: SHOW, bookingId: `b${n}`, seatIds, reason: "abandoned" });
    }
    const commits: Commit[] = [];
    for (let i = 0; i < events.length; i += 5000)
      commits.push({ appends: [{ streamId: STREAM, expectedVersion: i, events: events.slice(i, i + 5000) }] });
    for (const commit of commits) await store.commit([commit]);

    const cold = new CommandBus(store, { snapshotEvery: 1000 }).writer(seatsDecider, STREAM);
    const loaded = await cold.currentState();
    expect(loaded.version).toBe(100_000);
    expect(cold.replayedOnLoad).toBe(100_000);

    // The next command on the long stream leaves a snapshot behind.
    const bus = new CommandBus(store, { snapshotEvery: 1000 });
    const now = new Date().toISOString();
    const held = await bus.execute(
      seatsDecider,
      STREAM,
      { type: "HoldSeats", showId: SHOW, bookingId: "last", customerId: "c_test", seatIds: ["A-7"], expiresAt: EXPIRES, now, maxSeatsPerCustomer: 10 },
      { commandId: randomUUID(), actor: "test" },
    );
    expect(held.ok).toBe(true);
    for (let i = 0; i < 100 && !(await db().prisma.snapshot.findUnique({ where: { streamId: STREAM } })); i++)
      await new Promise((r) => setTimeout(r, 50));
    expect((await db().prisma.snapshot.findUniqueOrThrow({ where: { streamId: STREAM } })).version).toBe(100_001);

    const warm = new CommandBus(store).writer(seatsDecider, STREAM);
    const reloaded = await warm.currentState();
    expect(warm.replayedOnLoad).toBe(0);
    expect(reloaded.version).toBe(100_001);
    expect(reloaded.state.seats.get("A-7")).toMatchObject({ status: "held", bookingId: "last" });
    expect(seatsDecider.toSnapshot(reloaded.state)).toEqual(seatsDecider.toSnapshot((await bus.load(seatsDecider, STREAM)).state));
  });
});
