// The history viewer's reads against a real store, on each database engine: paging the log both
// ways, the GROUP BY stream list, time travel through the deciders, and the batched export.
import { beforeAll, expect, it } from "vitest";
import { EventStore } from "../eventstore/store";
import { UpcasterRegistry } from "../eventstore/upcasters";
import { bookSeats, describeEachSystem, settle, showOnSale } from "../testing/system";
import { exportEvents, listStreams, PAGE_SIZE, readCorrelation, readLogPage, stateAtVersion } from "./history";

describeEachSystem("event history reads", (system) => {
  let showId: string;
  let bookingId: string;

  beforeAll(async () => {
    showId = await showOnSale(system());
    ({ bookingId } = await bookSeats(system(), showId, ["FL-A-1", "FL-A-2"], "ada"));
    // Enough bookings for the log to need more than one page.
    for (let i = 0; i < 12; i++) await bookSeats(system(), showId, [`FL-B-${i + 1}`], `c${i}`);
    await settle(system());
  });

  it("pages the log newest first and back again by position", async () => {
    const first = await readLogPage(system().store, {});
    expect(first.newest).toBe(true);
    expect(first.events).toHaveLength(PAGE_SIZE);
    const positions = first.events.map((e) => e.position);
    expect(positions).toEqual([...positions].sort((a, b) => b - a));
    expect(first.olderBefore).toBe(positions.at(-1));

    const older = await readLogPage(system().store, { before: first.olderBefore as number });
    expect(older.events[0]?.position).toBe((first.olderBefore as number) - 1);
    const newer = await readLogPage(system().store, { after: older.newerAfter as number });
    expect(newer.events.map((e) => e.position)).toEqual(positions);
  });

  it("filters the log by type", async () => {
    const page = await readLogPage(system().store, { type: "BookingConfirmed" });
    expect(page.events).toHaveLength(13);
    expect(new Set(page.events.map((e) => e.event.type))).toEqual(new Set(["BookingConfirmed"]));
  });

  it("lists streams with their current version, most recently changed first", async () => {
    const { streams } = await listStreams(system().db.prisma, "booking", 1);
    expect(streams).toHaveLength(13);
    const ada = streams.find((s) => s.streamId === `booking-${bookingId}`);
    expect(ada).toMatchObject({ category: "booking", version: await system().store.streamVersion(`booking-${bookingId}`) });
    const seats = await listStreams(system().db.prisma, "seats", 1);
    expect(seats.streams.map((s) => s.streamId)).toContain(`seats-${showId}`);
  });

  it("replays a booking to any version and says what that version changed", async () => {
    const streamId = `booking-${bookingId}`;
    const latest = await system().store.streamVersion(streamId);
    const held = await stateAtVersion(system().store, streamId, "booking", 2);
    expect(held?.state).toMatchObject({ status: "held" });
    expect(held?.changes).toContainEqual({ kind: "changed", path: "status", before: "none", after: "held" });
    const confirmed = await stateAtVersion(system().store, streamId, "booking", latest);
    expect(confirmed?.state).toMatchObject({ status: "confirmed" });
  });

  it("keys a seats state by seat id, so a hold changes named seats", async () => {
    const events = await system().store.readStream(`seats-${showId}`);
    const hold = events.find((e) => e.event.type === "SeatsHeld" && e.event.bookingId === bookingId);
    const travel = await stateAtVersion(system().store, `seats-${showId}`, "seats", hold?.version as number);
    expect(travel?.changes).toContainEqual({ kind: "changed", path: "seats.FL-A-1.status", before: "available", after: "held" });
  });

  it("follows one correlation id across streams", async () => {
    const [first] = await system().store.readStream(`booking-${bookingId}`);
    const chain = await readCorrelation(system().store, first?.metadata.correlationId as string);
    expect(new Set(chain.map((e) => e.streamId))).toEqual(new Set([`booking-${bookingId}`, `seats-${showId}`]));
  });

  it("exports in batches, oldest first, everything once", async () => {
    const head = await system().store.headPosition();
    const seen: number[] = [];
    for await (const batch of exportEvents(system().store, {})) seen.push(...batch.map((e) => e.position));
    expect(seen).toHaveLength(head);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
  });

  it("finds an older chain by its masked correlation id, though the column keeps the raw customer", async () => {
    // Written as before pseudonyms: a store without upcasters keeps the cookie value in correlation_id.
    const raw = new EventStore(system().db, new UpcasterRegistry());
    const cookie = "0f8c0d38-8a5e-4d0b-9a43-0d4c2f3b9e11";
    const other = "5b0d7a51-2c6e-4f0e-8f7e-93a1c2d4e5f6";
    const started = (bookingId: string) => ({ type: "BookingStarted", bookingId, showId: "old", customerId: cookie, seats: [], totalCents: 0 });
    const held = (bookingId: string) => ({ type: "SeatsHeld", bookingId, seatIds: ["A-1"], expiresAt: new Date().toISOString() });
    const write = (commandId: string, bookingId: string) =>
      raw.commit([
        {
          commandId,
          actor: `customer:${commandId.split(":")[1]}`,
          appends: [
            { streamId: `booking-${bookingId}`, expectedVersion: "no_stream", events: [started(bookingId)] },
            { streamId: `seats-${bookingId}`, expectedVersion: "no_stream", events: [held(bookingId)] },
          ],
        },
      ]);
    // `_` is a LIKE wildcard: the key's must match only itself, not the decoy's "X".
    await write(`hold:${cookie}:old_key-1`, "oldchain");
    await write(`hold:${other}:old_key-1`, "otherperson");
    await write(`hold:${cookie}:oldXkey-1`, "wildcard");
    await write(`pay:${cookie}:old_key-1`, "otherkind");

    const masked = `hold:${system().secrets.pseudonymOf(cookie)}:old_key-1`;
    const chain = await readCorrelation(system().store, masked);
    expect(chain.map((e) => e.streamId)).toEqual(["booking-oldchain", "seats-oldchain"]);
    expect(chain.every((e) => e.metadata.correlationId === masked)).toBe(true);
    expect(JSON.stringify(chain)).not.toContain(cookie);

    // The log filter and the export take the same way round.
    const page = await readLogPage(system().store, { correlationId: masked });
    expect(page.events.map((e) => e.streamId).sort()).toEqual(["booking-oldchain", "seats-oldchain"]);
    const exported: string[] = [];
    for await (const batch of exportEvents(system().store, { correlationId: masked })) exported.push(...batch.map((e) => e.streamId));
    expect(exported).toEqual(["booking-oldchain", "seats-oldchain"]);
  });
});
