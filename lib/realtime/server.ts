// Socket.IO on the server: clients join a show's room and receive seat changes as soon as the
// SeatView projection has committed them, each message carrying the log position it reflects.
// The home page joins the shows room and receives the availability of shows as ShowView commits it.
// Signed-in staff join the admin room and receive every new event and dashboard change.
import type { Server, Socket } from "socket.io";
import type { BookingSystem } from "../system";
import { subscribe, type Subscription } from "../eventstore/subscription";
import type { StoredEvent } from "../eventstore/types";
import { findShow, seatChangesOf, showListing, showsChangedSince } from "../queries/shows";
import { followCheckpoint } from "./checkpoint-follower";
import { joinableShows, type JoinableShows } from "./joinable-shows";
import { joinShowRoom } from "./show-rooms";
import { seatsStreamId } from "../domain/seats";
import type { VenueLayout } from "../domain/venue-layout";
import {
  ADMIN_ROOM,
  joinShowMessage,
  SHOWS_ROOM,
  showListRoomMessage,
  showRoom,
  type ClientToServer,
  type ServerToClient,
} from "./messages";
import { staffEventMessage } from "./staff-messages";
import { admitStaff, guardStaffSockets } from "./staff-sockets";

type BookingServer = Server<ClientToServer, ServerToClient>;

function onConnection(socket: Socket<ClientToServer, ServerToClient>, shows: JoinableShows) {
  socket.on("show:join", joinShowRoom(socket, shows));
  socket.on("show:leave", (payload, ack) => {
    const parsed = joinShowMessage.safeParse(payload);
    if (!parsed.success) return ack?.({ ok: false, error: "show:leave needs a showId" });
    void socket.leave(showRoom(parsed.data.showId));
    ack?.({ ok: true });
  });
  socket.on("shows:join", (payload, ack) => {
    if (!showListRoomMessage.safeParse(payload).success) return ack?.({ ok: false, error: "shows:join takes {}" });
    void socket.join(SHOWS_ROOM);
    ack?.({ ok: true });
  });
  socket.on("shows:leave", (payload, ack) => {
    if (!showListRoomMessage.safeParse(payload).success) return ack?.({ ok: false, error: "shows:leave takes {}" });
    void socket.leave(SHOWS_ROOM);
    ack?.({ ok: true });
  });
  // The staff room needs a live staff session (checked in the database) on this very connection; the
  // socket is disconnected when that session ends (staff-sockets.ts).
  socket.on("admin:join", (_payload, ack) => {
    admitStaff(socket)
      .then((admitted) => ack?.(admitted ? { ok: true } : { ok: false, error: "Staff sign-in required" }))
      .catch((error: unknown) => {
        console.error("Checking a staff session failed", error);
        ack?.({ ok: false, error: "Staff sign-in could not be checked; try again" });
      });
  });
}

/** Sends a message to every signed-in staff view (long-running staff operations report progress here). */
export function publishToStaff<E extends keyof ServerToClient>(event: E, ...args: Parameters<ServerToClient[E]>): void {
  const io = (globalThis as typeof globalThis & { io?: BookingServer }).io;
  io?.to(ADMIN_ROOM).emit(event, ...args);
}

/** Shows with at least one seat map open on this instance. */
function watchedShows(io: BookingServer): string[] {
  const prefix = showRoom("");
  return [...io.of("/").adapter.rooms.entries()]
    .filter(([room, sockets]) => room.startsWith(prefix) && sockets.size > 0)
    .map(([room]) => room.slice(prefix.length));
}

export function attachRealtime(io: BookingServer, system: BookingSystem): () => void {
  const { prisma } = system.db;
  const shows = joinableShows((showId) => findShow(prisma, showId));
  io.on("connection", (socket) => onConnection(socket, shows));

  // Staff views get every new event as it is committed, from this process's start onwards.
  let tail: Subscription | null = null;
  void system.store.headPosition().then((head) => {
    tail = subscribe(system.store, {
      from: head,
      pollMs: system.followPollMs,
      handle: async (events: StoredEvent[]) => {
        io.to(ADMIN_ROOM).emit("admin:events", { events: events.map(staffEventMessage) });
      },
    });
  });

  // Pushes follow the read tables, not this process's own batches: with several instances another one may
  // have applied them. Each message continues from the previous one to the same room (`after`), so a client
  // that missed one sees the gap and catches up.
  const seatsSent = new Map<string, number>();
  const stopSeats = followCheckpoint(system, "seat-view", async (from, to) => {
    const watched = watchedShows(io);
    if (watched.length === 0) return;
    const written = new Set(await system.store.streamsWritten("seats", from, to));
    for (const showId of watched.filter((id) => written.has(seatsStreamId(id)))) {
      const after = seatsSent.get(showId) ?? from;
      const { changes, sections } = await seatChangesOf(prisma, showId, after);
      if (changes.length === 0) continue;
      io.to(showRoom(showId)).emit("seats:changed", { showId, after, position: to, changes, sections });
      seatsSent.set(showId, to);
    }
  });

  let showsSent: number | null = null;
  /** Per show, the layout (JSON) its room last heard of. The first sighting is sent too: a repeat costs a redraw. */
  const layoutsSent = new Map<string, string | null>();
  const stopShows = followCheckpoint(system, "show-view", async (from, to) => {
    const after = showsSent ?? from;
    const changed = await showsChangedSince(prisma, Math.min(from, after));
    const forStaff = changed.filter((s) => s.lastPosition > from).map((s) => s.showId);
    if (forStaff.length > 0) io.to(ADMIN_ROOM).emit("admin:shows", { position: to, showIds: forStaff });
    // A layout staff changed reaches the show's open maps; only a change is sent (counters change far more often).
    const watched = new Set(watchedShows(io));
    for (const show of changed.filter((s) => s.status !== "draft" && watched.has(s.showId))) {
      if (layoutsSent.has(show.showId) && layoutsSent.get(show.showId) === show.layout) continue;
      layoutsSent.set(show.showId, show.layout);
      io.to(showRoom(show.showId)).emit("show:layout", { showId: show.showId, layout: show.layout ? (JSON.parse(show.layout) as VenueLayout) : null });
    }
    // Drafts stay private: a range that changed only drafts says nothing to the public room.
    const shows = changed.filter((s) => s.status !== "draft" && s.lastPosition > after).map(showListing);
    if (shows.length === 0) return;
    io.to(SHOWS_ROOM).emit("shows:changed", { after, position: to, shows });
    showsSent = to;
  });

  // Admin sockets end with their staff session: at sign-out here, or at the next check (every 30 s).
  const stopStaffGuard = guardStaffSockets(io, system);
  return () => {
    stopStaffGuard();
    stopSeats();
    stopShows();
    void tail?.stop();
  };
}
