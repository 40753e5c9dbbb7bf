"use client";
// Keeps the staff dashboard in step with the store: joins the staff room over Socket.IO, appends every new
// event to the timeline, and refetches the dashboard numbers (GET /api/admin/shows) when ShowView rows
// change, and on every (re)connect, so nothing missed while offline stays missing.
import { useCallback, useEffect, useRef, useState } from "react";
import { io, type Socket } from "socket.io-client";
import type { LiveStatus } from "../realtime/use-live-seats";
import type { ClientToServer, ServerToClient, StaffEventMessage } from "../realtime/messages";
import type { Dashboard } from "./dashboard";

export const TIMELINE_KEEP = 200;
const SESSION_ENDED = "Your staff session has ended: sign in again";

/** Events merged by position, oldest first, the newest TIMELINE_KEEP kept. */
export function mergeEvents(current: StaffEventMessage[], incoming: StaffEventMessage[]): StaffEventMessage[] {
  if (incoming.length === 0) return current;
  const byPosition = new Map(current.map((e) => [e.position, e]));
  for (const e of incoming) byPosition.set(e.position, e);
  return [...byPosition.values()].sort((a, b) => a.position - b.position).slice(-TIMELINE_KEEP);
}

export function useStaffFeed(initial: Dashboard, initialEvents: StaffEventMessage[]) {
  const [dashboard, setDashboard] = useState(initial);
  const [events, setEvents] = useState(initialEvents);
  const [status, setStatus] = useState<LiveStatus>("connecting");
  const [error, setError] = useState<string | null>(null);
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);

  const refetch = useCallback(async (withEvents: boolean) => {
    const response = await fetch(`/api/admin/shows${withEvents ? "?events=1" : ""}`, { cache: "no-store" });
    if (response.status === 401) throw new Error(SESSION_ENDED);
    if (!response.ok) throw new Error(`Could not load the dashboard (${response.status})`);
    const body = (await response.json()) as Dashboard & { events?: StaffEventMessage[] };
    const { events: missed, ...numbers } = body;
    // An older answer arriving late must not undo a newer one.
    setDashboard((current) => (numbers.position >= current.position ? numbers : current));
    if (missed) setEvents((current) => mergeEvents(current, missed));
    setError(null);
  }, []);

  useEffect(() => {
    const socket: Socket<ServerToClient, ClientToServer> = io({ transports: ["websocket", "polling"] });
    const fail = (e: unknown) => setError(e instanceof Error ? e.message : "Could not load the dashboard");
    socket.on("connect", () => {
      setStatus("catching-up");
      socket.emit("admin:join", {}, (ack) => {
        if (!ack.ok) {
          setStatus("offline");
          return setError(ack.error);
        }
        void refetch(true)
          .then(() => setStatus("live"))
          .catch(fail);
      });
    });
    socket.on("disconnect", (reason) => {
      setStatus("offline");
      // The server lets go of a staff socket only when its session has ended (sign-out, expiry).
      if (reason === "io server disconnect") setError(SESSION_ENDED);
    });
    socket.io.on("reconnect_attempt", () => setStatus("offline"));
    socket.on("admin:events", ({ events: fresh }) => setEvents((current) => mergeEvents(current, fresh)));
    // A burst of bookings changes ShowView many times a second: one refetch per quarter second is plenty.
    socket.on("admin:shows", () => {
      if (pending.current) return;
      pending.current = setTimeout(() => {
        pending.current = null;
        void refetch(false).catch(fail);
      }, 250);
    });
    return () => {
      if (pending.current) clearTimeout(pending.current);
      socket.disconnect();
    };
  }, [refetch]);

  return { dashboard, events, status, error };
}
