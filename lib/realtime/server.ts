// Socket.IO on the server: clients join a show's room and receive seat changes as soon as the
// SeatView projection has committed them, each message carrying the log position it reflects.
import type { Server, Socket } from "socket.io";
import type { BookingSystem } from "../system";
import { seatChangesSince, type SeatStatus } from "../queries/shows";
import { joinShowMessage, showRoom, type Ack, type ClientToServer, type ServerToClient } from "./messages";

type BookingServer = Server<ClientToServer, ServerToClient>;

function onJoin(socket: Socket<ClientToServer, ServerToClient>) {
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
  // Staff rooms need a staff session; the public socket never joins them.
  socket.on("admin:join", (_payload, ack) => ack?.({ ok: false, error: "Staff sign-in required" } satisfies Ack));
}

export function attachRealtime(io: BookingServer, system: BookingSystem): () => void {
  io.on("connection", onJoin);
  const lastSent = new Map<string, number>();

  const unlisten = system.projections.onApplied((name, events) => {
    if (name !== "seat-view" || events.length === 0) return;
    const from = (events[0]?.position ?? 1) - 1;
    const position = events[events.length - 1]?.position ?? from;
    const shows = new Set(events.map((e) => (e.event as { showId?: string }).showId).filter((id): id is string => !!id));
    for (const showId of shows) {
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
  return unlisten;
}
