import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, expect, it } from "vitest";
import { Server } from "socket.io";
import { io as connect, type Socket } from "socket.io-client";
import { scheduleShow, setSeatingLayout } from "../commands/shows";
import { stackedLayout } from "../domain/venue-layout";
import { holdSeats } from "../commands/holds";
import { arena } from "../demo/venues";
import { describeEachSystem, eventually, settle, showOnSale } from "../testing/system";
import type { Ack, ClientToServer, SeatsChangedMessage, ServerToClient, ShowLayoutMessage, ShowsChangedMessage } from "./messages";
import { startSystem, type BookingSystem } from "../system";
import { attachRealtime } from "./server";

type Client = Socket<ServerToClient, ClientToServer>;

describeEachSystem("the shows room", (system) => {
  const httpServer = createServer();
  const io = new Server<ClientToServer, ServerToClient>(httpServer);
  let detach: () => void;
  let url: string;
  const clients: Client[] = [];

  const client = async (): Promise<Client> => {
    const socket: Client = connect(url, { transports: ["websocket"], forceNew: true });
    clients.push(socket);
    await new Promise<void>((resolve) => socket.once("connect", resolve));
    return socket;
  };
  const ask = (socket: Client, event: "shows:join" | "shows:leave", payload: unknown) =>
    new Promise<Ack>((resolve) => socket.emit(event, payload, resolve));

  beforeAll(async () => {
    detach = attachRealtime(io, system());
    await new Promise<void>((resolve) => httpServer.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    for (const socket of clients) socket.disconnect();
    detach();
    await io.close();
  });

  it("joins only with an empty message", async () => {
    const socket = await client();
    expect(await ask(socket, "shows:join", { showId: "x" })).toMatchObject({ ok: false });
    expect(await ask(socket, "shows:join", "shows")).toMatchObject({ ok: false });
    expect(await ask(socket, "shows:join", {})).toEqual({ ok: true });
    expect(await ask(socket, "shows:leave", {})).toEqual({ ok: true });
  });

  it("pushes a held show's availability to the room, in order, each message continuing from the last", async () => {
    const seats = arena().slice(0, 50);
    const showId = await showOnSale(system(), seats);
    await settle(system());
    const member = await client();
    const stranger = await client();
    expect(await ask(member, "shows:join", {})).toEqual({ ok: true });
    const heard: ShowsChangedMessage[] = [];
    const strangerHeard: ShowsChangedMessage[] = [];
    member.on("shows:changed", (m) => heard.push(m));
    stranger.on("shows:changed", (m) => strangerHeard.push(m));

    const draftId = `draft${Date.now().toString(36)}`;
    const draft = await scheduleShow(
      system().deps,
      { showId: draftId, title: "Secret", venue: "Nowhere", description: "", startsAt: new Date(Date.now() + 86_400_000).toISOString(), timeZone: "UTC", currency: "EUR", seats: arena().slice(0, 5) },
      { commandId: `${draftId}:schedule`, actor: "staff:test" },
    );
    expect(draft.ok).toBe(true);
    for (const [n, seatIds] of [seats.slice(0, 1), seats.slice(1, 3)].map((some) => some.map((s) => s.seatId)).entries()) {
      const held = await holdSeats(system().deps, { showId, seatIds, customerId: `c${n}` }, { actor: `customer:c${n}`, commandId: `${showId}:hold:${n}` });
      expect(held.ok).toBe(true);
    }

    const latest = await eventually(async () => heard.flatMap((m) => m.shows).find((s) => s.showId === showId && s.seatsAvailable === 47));
    expect(latest).toMatchObject({ status: "published", seatsTotal: 50, title: expect.any(String) });
    expect(heard.flatMap((m) => m.shows.map((s) => s.showId))).not.toContain(draftId);
    for (const [i, message] of heard.entries()) {
      expect(message.after).toBeLessThan(message.position);
      if (i > 0) expect(message.after).toBe(heard[i - 1]?.position);
    }
    expect(strangerHeard).toEqual([]);
  });

  it("tells a show's open maps of a layout staff changed", async () => {
    const seats = [...arena().filter((s) => s.section === "Floor").slice(0, 5), ...arena().filter((s) => s.section === "East stand").slice(0, 5)];
    const showId = await showOnSale(system(), seats);
    await settle(system());
    const map = await client();
    await new Promise<void>((resolve) => map.emit("show:join", { showId }, () => resolve()));
    const heard: ShowLayoutMessage[] = [];
    map.on("show:layout", (m) => heard.push(m));
    const layout = { ...stackedLayout(["East stand", "Floor"]), map: "overview" as const };
    const changed = await setSeatingLayout(system().deps, { showId, layout }, { commandId: `${showId}:layout`, actor: "staff:test" });
    expect(changed.ok).toBe(true);
    await eventually(async () => heard.some((m) => m.layout?.sections[0]?.name === "East stand"));
    expect(heard.at(-1)).toEqual({ showId, layout });
  });
});

describeEachSystem("seat maps on another instance", (system, _clock, url) => {
  // A second app instance on the same database whose projections never run: every batch is applied by
  // the first instance, and its own seat maps must still hear of every change.
  const httpServer = createServer();
  const io = new Server<ClientToServer, ServerToClient>(httpServer);
  let other: BookingSystem;
  let detach: () => void;
  let socket: Client;

  beforeAll(async () => {
    other = await startSystem({ databaseUrl: url(), holdTtlSeconds: 60, runProjections: false, runProcessManager: false });
    detach = attachRealtime(io, other);
    await new Promise<void>((resolve) => httpServer.listen(0, "127.0.0.1", resolve));
    socket = connect(`http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`, { transports: ["websocket"], forceNew: true });
    await new Promise<void>((resolve) => socket.once("connect", resolve));
  });
  afterAll(async () => {
    socket?.disconnect();
    detach?.();
    await io.close();
    await other?.stop();
  });

  it("hears every seat change another instance applied, each message continuing from the last", async () => {
    const seats = arena().slice(0, 20);
    const showId = await showOnSale(system(), seats);
    await settle(system());
    await new Promise<void>((resolve) => socket.emit("show:join", { showId }, () => resolve()));
    const heard: SeatsChangedMessage[] = [];
    socket.on("seats:changed", (m) => heard.push(m));

    for (let n = 0; n < 3; n++) {
      const held = await holdSeats(system().deps, { showId, seatIds: [seats[n]!.seatId], customerId: `o${n}` }, { actor: `customer:o${n}`, commandId: `${showId}:other:${n}` });
      expect(held.ok).toBe(true);
    }
    // What the map hears, seat by seat, last word wins (a first message may restate unchanged seats).
    const statusOf = () => new Map(heard.flatMap((m) => m.changes.map((c) => [c.seatId, c.status] as const)));
    await eventually(async () => seats.slice(0, 3).every((s) => statusOf().get(s.seatId) === "held"));
    expect([...statusOf()].filter(([, status]) => status !== "available").map(([seatId]) => seatId).sort()).toEqual(
      seats.slice(0, 3).map((s) => s.seatId).sort(),
    );
    for (const [i, message] of heard.entries()) if (i > 0) expect(message.after).toBe(heard[i - 1]?.position);
    // Each message also carries its sections' counts: an overview without the seats stays right.
    const section = seats[0]!.section;
    const floor = () => heard.flatMap((m) => m.sections).filter((s) => s.name === section).at(-1);
    await eventually(async () => floor()?.available === seats.length - 3);
    expect(floor()).toEqual({ name: section, total: seats.length, available: seats.length - 3, minCents: seats[0]!.priceCents, maxCents: seats[0]!.priceCents });
  });
});
