// The history viewer's reads against a real store, on each database engine: paging the log both
// ways, the GROUP BY stream list, time travel through the deciders, and the batched export.
import { beforeAll, expect, it } from "vitest";
import { installSystem } from "../system";
import { bookSeats, describeEachSystem, settle, showOnSale } from "../testing/system";
import { exportEvents, listStreams, PAGE_SIZE, readCorrelation, readLogPage, stateAtVersion } from "./history";

describeEachSystem("event history reads", (system) => {
  let showId: string;
  let bookingId: string;

  beforeAll(async () => {
    // history.ts reads through bookingSystem(): point it at this suite's system.
    installSystem(Promise.resolve(system()));
    showId = await showOnSale(system());
    ({ bookingId } = await bookSeats(system(), showId, ["FL-A-1", "FL-A-2"], "ada"));
    // Enough bookings for the log to need more than one page.
    for (let i = 0; i < 12; i++) await bookSeats(system(), showId, [`FL-B-${i + 1}`], `c${i}`);
    await settle(system());
  });

  it("pages the log newest first and back again by position", async () => {
    const first = await readLogPage({});
    expect(first.newest).toBe(true);
    expect(first.events).toHaveLength(PAGE_SIZE);
    const positions = first.events.map((e) => e.position);
    expect(positions).toEqual([...positions].sort((a, b) => b - a));
    expect(first.olderBefore).toBe(positions.at(-1));

    const older = await readLogPage({ before: first.olderBefore as number });
    expect(older.events[0]?.position).toBe((first.olderBefore as number) - 1);
    const newer = await readLogPage({ after: older.newerAfter as number });
    expect(newer.events.map((e) => e.position)).toEqual(positions);
  });

  it("filters the log by type", async () => {
    const page = await readLogPage({ type: "BookingConfirmed" });
    expect(page.events).toHaveLength(13);
    expect(new Set(page.events.map((e) => e.event.type))).toEqual(new Set(["BookingConfirmed"]));
  });

  it("lists streams with their current version, most recently changed first", async () => {
    const { streams } = await listStreams("booking", 1);
    expect(streams).toHaveLength(13);
    const ada = streams.find((s) => s.streamId === `booking-${bookingId}`);
    expect(ada).toMatchObject({ category: "booking", version: await system().store.streamVersion(`booking-${bookingId}`) });
    const seats = await listStreams("seats", 1);
    expect(seats.streams.map((s) => s.streamId)).toContain(`seats-${showId}`);
  });

  it("replays a booking to any version and says what that version changed", async () => {
    const streamId = `booking-${bookingId}`;
    const latest = await system().store.streamVersion(streamId);
    const held = await stateAtVersion(streamId, "booking", 2);
    expect(held?.state).toMatchObject({ status: "held" });
    expect(held?.changes).toContainEqual({ kind: "changed", path: "status", before: "none", after: "held" });
    const confirmed = await stateAtVersion(streamId, "booking", latest);
    expect(confirmed?.state).toMatchObject({ status: "confirmed" });
  });

  it("keys a seats state by seat id, so a hold changes named seats", async () => {
    const events = await system().store.readStream(`seats-${showId}`);
    const hold = events.find((e) => e.event.type === "SeatsHeld" && e.event.bookingId === bookingId);
    const travel = await stateAtVersion(`seats-${showId}`, "seats", hold?.version as number);
    expect(travel?.changes).toContainEqual({ kind: "changed", path: "seats.FL-A-1.status", before: "available", after: "held" });
  });

  it("follows one correlation id across streams", async () => {
    const [first] = await system().store.readStream(`booking-${bookingId}`);
    const chain = await readCorrelation(first?.metadata.correlationId as string);
    expect(new Set(chain.map((e) => e.streamId))).toEqual(new Set([`booking-${bookingId}`, `seats-${showId}`]));
  });

  it("exports in batches, oldest first, everything once", async () => {
    const head = await system().store.headPosition();
    const seen: number[] = [];
    for await (const batch of exportEvents({})) seen.push(...batch.map((e) => e.position));
    expect(seen).toHaveLength(head);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
  });
});
