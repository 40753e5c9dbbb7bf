"use client";
// The home page's show cards, live: they start from the server-rendered rows and follow the store.
import { useEffect, useRef, useState, type ReactNode } from "react";
import type { ShowListing } from "@/lib/queries/shows";
import { availabilityAnnouncement } from "@/lib/realtime/show-list";
import { useLiveShowList } from "@/lib/realtime/use-live-show-list";
import { LiveStatusIndicator } from "./LiveStatusIndicator";
import { ShowCard } from "./ShowCard";

/** A screen reader hears about changed counts at most this often, with the latest numbers. */
const ANNOUNCE_EVERY_MS = 10_000;

interface Props {
  initialShows: ShowListing[];
  initialPosition: number;
  /** The page's heading, shown beside the live status. */
  children: ReactNode;
}

export function ShowList({ initialShows, initialPosition, children }: Props) {
  const { shows, status } = useLiveShowList(initialShows, initialPosition);
  const announcement = useAvailabilityAnnouncement(shows);
  return (
    <>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>{children}</div>
        <LiveStatusIndicator status={status} />
      </div>
      <p className="sr-only" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
      {shows.length === 0 ? (
        <p className="mt-8 rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-slate-600">
          No shows are on sale right now. Please check back soon.
        </p>
      ) : (
        <ul className="mt-6 grid gap-4 sm:grid-cols-2">
          {shows.map((show) => (
            <ShowCard key={show.showId} show={show} />
          ))}
        </ul>
      )}
    </>
  );
}

/** Changed availability as one polite sentence, throttled so a busy show does not talk over the page. */
function useAvailabilityAnnouncement(shows: ShowListing[]): string {
  const [text, setText] = useState("");
  const latest = useRef(shows);
  const spoken = useRef<Map<string, string> | null>(null);
  const saidAt = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    latest.current = shows;
    if (!spoken.current) {
      spoken.current = availabilityAnnouncement(new Map(), shows).spoken;
      return;
    }
    if (timer.current) return;
    timer.current = setTimeout(
      () => {
        timer.current = undefined;
        const result = availabilityAnnouncement(spoken.current ?? new Map(), latest.current);
        spoken.current = result.spoken;
        if (!result.text) return;
        saidAt.current = Date.now();
        setText(result.text);
      },
      Math.max(0, saidAt.current + ANNOUNCE_EVERY_MS - Date.now()),
    );
  }, [shows]);
  useEffect(
    () => () => {
      clearTimeout(timer.current);
      timer.current = undefined;
    },
    [],
  );

  return text;
}
