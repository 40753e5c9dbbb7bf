"use client";
// Keeps the home page's show list in step with the store: availability pushed over Socket.IO, and the
// whole list refetched from the JSON API on every (re)connect and whenever a message shows a gap.
import { useCallback, useEffect, useRef, useState } from "react";
import { io, type Socket } from "socket.io-client";
import type { ShowListing } from "../queries/shows";
import type { Ack, ClientToServer, ListedShowJson, ServerToClient, ShowsChangedMessage } from "./messages";
import { applyShowChanges, listingFromJson, mergeShowList } from "./show-list";
import type { LiveStatus } from "./use-live-seats";

interface ShowListResponse {
  position: number;
  shows: ListedShowJson[];
}

/** How long a failed catch-up waits before it tries again while the socket stays up. */
const RETRY_MS = 3000;

export function useLiveShowList(initialShows: ShowListing[], initialPosition: number) {
  const [shows, setShows] = useState(initialShows);
  const [status, setStatus] = useState<LiveStatus>("connecting");
  // The list as last rendered, for the socket handlers; `position` is where the whole list is current.
  const current = useRef(initialShows);
  const position = useRef(initialPosition);

  const setList = useCallback((next: ShowListing[]) => {
    if (next === current.current) return;
    current.current = next;
    setShows(next);
  }, []);

  const catchUp = useCallback(async () => {
    const response = await fetch("/api/shows", { cache: "no-store" });
    if (!response.ok) throw new Error(`Catching up failed: ${response.status}`);
    const body = (await response.json()) as ShowListResponse;
    setList(mergeShowList(current.current, body.shows.map(listingFromJson), body.position));
    position.current = Math.max(position.current, body.position);
  }, [setList]);

  useEffect(() => {
    const socket: Socket<ServerToClient, ClientToServer> = io({ transports: ["websocket", "polling"] });
    // One catch-up at a time (a list merge trusts that no older list lands after a newer one); asks made
    // meanwhile run once more after it.
    let running = false;
    let again = false;
    let retry: ReturnType<typeof setTimeout> | undefined;
    const recover = () => {
      if (running) return void (again = true);
      running = true;
      clearTimeout(retry);
      catchUp()
        .then(() => {
          if (socket.connected) setStatus("live");
        })
        .catch(() => {
          setStatus("offline");
          retry = setTimeout(() => socket.connected && recover(), RETRY_MS);
        })
        .finally(() => {
          running = false;
          if (again) {
            again = false;
            recover();
          }
        });
    };
    socket.on("connect", () => {
      // The room first, then the list: nothing committed after the list was read can pass us by.
      socket.emit("shows:join", {}, (result: Ack) => (result.ok ? recover() : setStatus("offline")));
    });
    socket.on("disconnect", () => setStatus("offline"));
    socket.io.on("reconnect_attempt", () => setStatus("offline"));
    socket.on("shows:changed", (message: ShowsChangedMessage) => {
      const missed = message.after > position.current;
      setList(applyShowChanges(current.current, message.shows));
      position.current = Math.max(position.current, message.position);
      if (missed) recover();
    });
    return () => {
      clearTimeout(retry);
      socket.disconnect();
    };
  }, [catchUp, setList]);

  return { shows, status };
}
