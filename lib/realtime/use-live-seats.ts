"use client";
// Keeps a seat map in step with the store: live changes over Socket.IO, and a catch-up from the
// JSON API on every (re)connect and whenever a message shows that something was missed.
import { useCallback, useEffect, useRef, useState } from "react";
import { io, type Socket } from "socket.io-client";
import type { SeatDto, SeatStatus } from "../queries/shows";
import type { Ack, ClientToServer, SeatsChangedMessage, ServerToClient } from "./messages";

export type LiveStatus = "connecting" | "live" | "catching-up" | "offline";

interface ChangesResponse {
  position: number;
  changes: Array<{ seatId: string; status: SeatStatus }>;
}

function applyChanges(seats: Map<string, SeatDto>, changes: Array<{ seatId: string; status: SeatStatus }>, mine: ReadonlySet<string>) {
  let next: Map<string, SeatDto> | null = null;
  for (const change of changes) {
    const seat = (next ?? seats).get(change.seatId);
    if (!seat || seat.status === change.status) continue;
    next ??= new Map(seats);
    // Only the changed seat gets a new object, so memoised seats elsewhere on the map do not re-render.
    next.set(change.seatId, { ...seat, status: change.status, mine: mine.has(change.seatId) && change.status !== "available" });
  }
  return next ?? seats;
}

export function useLiveSeats(showId: string, initialSeats: SeatDto[], initialPosition: number, mine: ReadonlySet<string> = new Set()) {
  const [seats, setSeats] = useState(() => new Map(initialSeats.map((s) => [s.seatId, s])));
  const [status, setStatus] = useState<LiveStatus>("connecting");
  const position = useRef(initialPosition);
  const mineRef = useRef(mine);
  useEffect(() => {
    mineRef.current = mine;
  }, [mine]);

  const catchUp = useCallback(async () => {
    setStatus((s) => (s === "offline" ? s : "catching-up"));
    const response = await fetch(`/api/shows/${encodeURIComponent(showId)}/changes?after=${position.current}`, { cache: "no-store" });
    if (!response.ok) throw new Error(`Catching up failed: ${response.status}`);
    const body = (await response.json()) as ChangesResponse;
    setSeats((current) => applyChanges(current, body.changes, mineRef.current));
    position.current = Math.max(position.current, body.position);
    setStatus("live");
  }, [showId]);

  useEffect(() => {
    const socket: Socket<ServerToClient, ClientToServer> = io({ transports: ["websocket", "polling"] });
    const recover = () => void catchUp().catch(() => setStatus("offline"));
    socket.on("connect", () => {
      // The room first, then the catch-up: nothing committed after it was read can pass us by. A refused
      // join (the server only lets maps join shows it lists) leaves the map honestly offline.
      socket.emit("show:join", { showId }, (result: Ack) => (result.ok ? recover() : setStatus("offline")));
    });
    socket.on("disconnect", () => setStatus("offline"));
    socket.io.on("reconnect_attempt", () => setStatus("offline"));
    socket.on("seats:changed", (message: SeatsChangedMessage) => {
      if (message.showId !== showId) return;
      const missed = message.after > position.current;
      setSeats((current) => applyChanges(current, message.changes, mineRef.current));
      // After a gap the position stays put: the catch-up asks for everything since it.
      if (missed) recover();
      else position.current = Math.max(position.current, message.position);
    });
    return () => {
      socket.disconnect();
    };
  }, [showId, catchUp]);

  return { seats, status };
}
