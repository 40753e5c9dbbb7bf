"use client";
// Keeps a seat map in step with the store: live changes over Socket.IO, and a catch-up from the
// JSON API on every (re)connect and whenever a message shows that something was missed.
// A big venue's overview starts with no seats, only per-section counts: those follow every message, and a
// section's seats join the map when it is opened (`addSeats`), brought up to date with what was pushed meanwhile.
import { useCallback, useEffect, useRef, useState } from "react";
import type { Socket } from "socket.io-client";
import type { SeatDto } from "../queries/shows";
import { applyChanges, mergeLoaded, type Change, type Unseen } from "./seat-changes";
import { withSectionCounts, type SectionCount, type SectionSummary } from "../domain/section-counts";
import type { VenueLayout } from "../domain/venue-layout";
import type { Ack, ClientToServer, SeatChangesJson, SeatsChangedMessage, ServerToClient, ShowLayoutMessage } from "./messages";

export type LiveStatus = "connecting" | "live" | "catching-up" | "offline";

const countsOf = (sections: readonly SectionSummary[]) => new Map(sections.map(({ name, ...count }) => [name, count]));

export function useLiveSeats(
  showId: string,
  initialSeats: SeatDto[],
  initialPosition: number,
  mine: ReadonlySet<string> = new Set(),
  initialSections: readonly SectionSummary[] = [],
) {
  const [seats, setSeats] = useState(() => new Map(initialSeats.map((s) => [s.seatId, s])));
  const [sections, setSections] = useState<ReadonlyMap<string, SectionCount>>(() => countsOf(initialSections));
  const [status, setStatus] = useState<LiveStatus>("connecting");
  /** The venue layout staff set after the page was rendered (undefined: none since). */
  const [layout, setLayout] = useState<VenueLayout | null | undefined>(undefined);
  const position = useRef(initialPosition);
  const unseen = useRef<Unseen>(new Map());
  const mineRef = useRef(mine);
  useEffect(() => {
    mineRef.current = mine;
  }, [mine]);

  const receive = useCallback((changes: Change[], counts: readonly SectionSummary[], at: number) => {
    setSeats((current) => applyChanges(current, changes, mineRef.current, unseen.current, at));
    if (counts.length > 0) setSections((current) => withSectionCounts(current, counts));
  }, []);

  const catchUp = useCallback(async () => {
    setStatus((s) => (s === "offline" ? s : "catching-up"));
    const response = await fetch(`/api/shows/${encodeURIComponent(showId)}/changes?after=${position.current}`, { cache: "no-store" });
    if (!response.ok) throw new Error(`Catching up failed: ${response.status}`);
    const body = (await response.json()) as SeatChangesJson;
    receive(body.changes, body.sections, body.position);
    setLayout(body.layout);
    position.current = Math.max(position.current, body.position);
    setStatus("live");
  }, [showId, receive]);

  /** A loaded section's seats, read at `at`: statuses pushed after that while they were on their way win. */
  const addSeats = useCallback((loaded: readonly SeatDto[], at: number) => {
    setSeats((current) => mergeLoaded(current, loaded, at, unseen.current));
  }, []);

  useEffect(() => {
    let socket: Socket<ServerToClient, ClientToServer> | null = null;
    let gone = false;
    const recover = () => void catchUp().catch(() => setStatus("offline"));
    // Loaded after the page is interactive: the socket client is not needed to draw the map or take a click.
    void import("socket.io-client")
      .then(({ io }) => {
        if (gone) return;
        const live: Socket<ServerToClient, ClientToServer> = io({ transports: ["websocket", "polling"] });
        socket = live;
        live.on("connect", () => {
          // The room first, then the catch-up: nothing committed after it was read can pass us by. A refused
          // join (the server only lets maps join shows it lists) leaves the map honestly offline.
          live.emit("show:join", { showId }, (result: Ack) => (result.ok ? recover() : setStatus("offline")));
        });
        live.on("disconnect", () => setStatus("offline"));
        live.io.on("reconnect_attempt", () => setStatus("offline"));
        live.on("show:layout", (message: ShowLayoutMessage) => {
          if (message.showId === showId) setLayout(message.layout);
        });
        live.on("seats:changed", (message: SeatsChangedMessage) => {
          if (message.showId !== showId) return;
          const missed = message.after > position.current;
          receive(message.changes, message.sections ?? [], message.position);
          // After a gap the position stays put: the catch-up asks for everything since it.
          if (missed) recover();
          else position.current = Math.max(position.current, message.position);
        });
      })
      .catch(() => setStatus("offline"));
    return () => {
      gone = true;
      socket?.disconnect();
    };
  }, [showId, catchUp, receive]);

  return { seats, sections, status, addSeats, layout };
}
