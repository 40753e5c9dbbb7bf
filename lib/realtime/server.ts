// Socket.IO on the server: clients join a show's room and receive seat changes as soon as the
// SeatView projection has committed them, each message carrying the log position it reflects.
// The home page joins the shows room and receives the availability of shows as ShowView commits it.
// Signed-in staff join the admin room and receive every new event and dashboard change.
import type { Server, Socket } from "socket.io";
import type { BookingSystem } from "../system";
import { subscribe, type Subscription } from "../eventstore/subscription";
import type { StoredEvent } from "../eventstore/types";
import { seatChangesSince, showListingsOf, type SeatStatus } from "../queries/shows";
import { isStaffCookieHeader } from "../staff/session-cookie";
import {
  ADMIN_ROOM,
  joinShowMessage,
  SHOWS_ROOM,
  showListRoomMessage,
  showRoom,
  type ClientToServer,
  type ServerToClient,
  type StaffEventMessage,
} from "./messages";

type BookingServer = Server<ClientToServer, ServerToClient>;

function onConnection(socket: Socket<ClientToServer, ServerToClient>) {
  socket.on("show:join", (payload, ack) => {
    const parsed = joinShowMessage.safeParse(payload);
    if (!parsed.success) return ack?.({ ok: false, error: "show:join needs a showId" });
    void socket.join(showRoom(parsed.data.showId));
    ack?.({ ok: true });
  });
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
  // The staff room needs a live staff session cookie on this very connection.
  socket.on("admin:join", (_payload, ack) => {
    void isStaffCookieHeader(socket.request.headers.cookie).then((staff) => {
      if (!staff) return ack?.({ ok: false, error: "Staff sign-in required" });
      void socket.join(ADMIN_ROOM);
      ack?.({ ok: true });
    });
  });
}

export function staffEventMessage(stored: StoredEvent): StaffEventMessage {
  const { type, ...data } = stored.event;
  return {
    position: stored.position,
    streamId: stored.streamId,
    category: stored.category,
    version: stored.version,
    type,
    schemaVersion: stored.schemaVersion,
    data,
    metadata: stored.metadata,
  };
}

/** Sends a message to every signed-in staff view (long-running staff operations report progress here). */
export function publishToStaff<E extends keyof ServerToClient>(event: E, ...args: Parameters<ServerToClient[E]>): void {
  const io = (globalThis as typeof globalThis & { io?: BookingServer }).io;
  io?.to(ADMIN_ROOM).emit(event, ...args);
}

const showIdsOf = (events: StoredEvent[]) =>
  [...new Set(events.map((e) => (e.event as { showId?: unknown }).showId).filter((id): id is string => typeof id === "string"))];

export function attachRealtime(io: BookingServer, system: BookingSystem): () => void {
  io.on("connection", onConnection);
  const lastSent = new Map<string, number>();
  // Show list pushes go out one after another, in batch order, each continuing from the one before.
  let showsSent: number | undefined;
  let showsPushing = Promise.resolve();

  // Staff views get every new event as it is committed, from this process's start onwards.
  let tail: Subscription | null = null;
  void system.store.headPosition().then((head) => {
    tail = subscribe(system.store, {
      from: head,
      pollMs: 250,
      handle: async (events) => {
        io.to(ADMIN_ROOM).emit("admin:events", { events: events.map(staffEventMessage) });
      },
    });
  });

  const unlisten = system.projections.onApplied((name, events) => {
    if (events.length === 0) return;
    const position = events[events.length - 1]?.position ?? 0;
    const from = (events[0]?.position ?? 1) - 1;
    if (name === "show-view") {
      const showIds = showIdsOf(events);
      io.to(ADMIN_ROOM).emit("admin:shows", { position, showIds });
      showsPushing = showsPushing
        .then(async () => {
          const after = showsSent ?? from;
          // Advanced even if the read fails: the next message then shows the gap and clients catch up.
          showsSent = Math.max(showsSent ?? 0, position);
          const shows = await showListingsOf(system.db.prisma, showIds);
          // A batch that touched only drafts says nothing, and the next message continues from before it.
          if (shows.length === 0) showsSent = after;
          else io.to(SHOWS_ROOM).emit("shows:changed", { after, position, shows });
        })
        .catch((error: unknown) => console.error("Pushing show availability failed", error));
    }
    if (name !== "seat-view") return;
    for (const showId of showIdsOf(events)) {
      void (async () => {
        const rows = await seatChangesSince(system.db.prisma, showId, from);
        io.to(showRoom(showId)).emit("seats:changed", {
          showId,
          after: lastSent.get(showId) ?? from,
          position,
          changes: rows.map((r) => ({ seatId: r.seatId, status: r.status as SeatStatus })),
        });
        lastSent.set(showId, Math.max(lastSent.get(showId) ?? 0, position));
      })().catch((error: unknown) => console.error(`Pushing seat changes of ${showId} failed`, error));
    }
  });
  return () => {
    unlisten();
    void tail?.stop();
  };
}
