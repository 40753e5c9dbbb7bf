"use client";
// Loads a big venue's sections on demand: each one once (kept while the page lives), one request at a time per
// section, with its state for the map (loading, or failed with a retry).
import { useCallback, useRef, useState } from "react";
import type { SeatDto } from "@/lib/queries/shows";

export type SectionLoad = "loading" | "failed";

interface SectionSeatsJson {
  position: number;
  seats: SeatDto[];
}

export function useSectionSeats(showId: string, addSeats: (seats: readonly SeatDto[], position: number) => void) {
  const [loads, setLoads] = useState<ReadonlyMap<string, SectionLoad>>(new Map());
  const loaded = useRef(new Set<string>());
  const running = useRef(new Map<string, Promise<boolean>>());

  const mark = useCallback((section: string, load: SectionLoad | null) => {
    setLoads((current) => {
      if ((current.get(section) ?? null) === load) return current;
      const next = new Map(current);
      if (load) next.set(section, load);
      else next.delete(section);
      return next;
    });
  }, []);

  /** Resolves true once the section's seats are on the map. */
  const load = useCallback(
    (section: string): Promise<boolean> => {
      if (loaded.current.has(section)) return Promise.resolve(true);
      const already = running.current.get(section);
      if (already) return already;
      mark(section, "loading");
      const url = `/api/shows/${encodeURIComponent(showId)}/sections/${encodeURIComponent(section)}`;
      const request = fetch(url, { cache: "no-store" })
        .then(async (response) => {
          if (!response.ok) throw new Error(`Loading ${section} failed: ${response.status}`);
          const body = (await response.json()) as SectionSeatsJson;
          addSeats(body.seats, body.position);
          loaded.current.add(section);
          mark(section, null);
          return true;
        })
        .catch(() => {
          mark(section, "failed");
          return false;
        })
        .finally(() => running.current.delete(section));
      running.current.set(section, request);
      return request;
    },
    [showId, addSeats, mark],
  );

  return { load, loads };
}
