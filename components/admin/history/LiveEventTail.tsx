"use client";
// New events at the top of the first page of the log, as they are committed, without a reload.
import { useEffect, useState } from "react";
import { io, type Socket } from "socket.io-client";
import type { ClientToServer, ServerToClient, StaffEventMessage } from "@/lib/realtime/messages";
import { EventItem } from "./EventItem";
import { fromStaffMessage, type HistoryEvent } from "@/lib/admin/history-event";

export interface LiveFilter {
  category?: string;
  type?: string;
  correlationId?: string;
  /** Only events after this position: the newest the page already shows. */
  after: number;
}

type Status = "connecting" | "live" | "offline" | "refused";
const MAX_LIVE_ROWS = 200;

const matches = (m: StaffEventMessage, f: LiveFilter) =>
  m.position > f.after &&
  (!f.category || m.category === f.category) &&
  (!f.type || m.type === f.type) &&
  (!f.correlationId || m.metadata.correlationId === f.correlationId);

export function LiveEventTail({ filter, titles }: { filter: LiveFilter; titles: Array<[string, string]> }) {
  const [events, setEvents] = useState<HistoryEvent[]>([]);
  const [status, setStatus] = useState<Status>("connecting");
  const { category, type, correlationId, after } = filter;

  useEffect(() => {
    const titleMap = new Map(titles);
    const current: LiveFilter = { category, type, correlationId, after };
    const socket: Socket<ServerToClient, ClientToServer> = io({ transports: ["websocket", "polling"] });
    socket.on("connect", () => {
      socket.emit("admin:join", {}, (ack) => setStatus(ack.ok ? "live" : "refused"));
    });
    // The server lets go of a staff socket only when its session has ended (sign-out, expiry).
    socket.on("disconnect", (reason) => setStatus(reason === "io server disconnect" ? "refused" : "offline"));
    socket.on("admin:events", ({ events: incoming }) => {
      const fresh = incoming.filter((m) => matches(m, current)).map((m) => fromStaffMessage(m, titleMap));
      if (fresh.length === 0) return;
      setEvents((shown) => {
        // A reconnect can repeat events: keep each position once, newest first.
        const known = new Set(shown.map((e) => e.position));
        return [...fresh.filter((e) => !known.has(e.position)).reverse(), ...shown].slice(0, MAX_LIVE_ROWS);
      });
    });
    return () => {
      socket.disconnect();
    };
  }, [category, type, correlationId, after, titles]);

  return (
    <div data-live-tail={status} className="border-b border-slate-200">
      <p className="flex items-center gap-2 px-3 py-1.5 text-xs text-slate-500" aria-live="polite">
        <span className={`inline-block h-2 w-2 rounded-full ${status === "live" ? "bg-emerald-500" : "bg-slate-300"}`} aria-hidden />
        {status === "live" && (events.length ? `${events.length} new since this page loaded` : "Live: new events appear here")}
        {status === "connecting" && "Connecting to the live feed…"}
        {status === "offline" && "Live feed offline; reconnecting…"}
        {status === "refused" && "The live feed needs a staff session; sign in again."}
      </p>
      {events.length > 0 && (
        <ol aria-label="New events" className="divide-y divide-slate-100 border-t border-slate-100">
          {events.map((event) => (
            <EventItem key={event.position} event={event} fresh />
          ))}
        </ol>
      )}
    </div>
  );
}
