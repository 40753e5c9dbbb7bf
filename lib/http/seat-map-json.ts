// A show's public seats as JSON text, reused while the seat view has not moved. At rest every reader of a
// 5,000-seat map shares one read of its rows and one stringify; the key is the seat-view checkpoint in the
// shared database, so a change made here or on another instance is never hidden, and a customer's own
// hold (the hold waits for the projections) shows in the next read.
import type { PrismaDb } from "../db/database";
import { seatsOfShow } from "../queries/shows";
import { seatJson } from "./views";

interface Entry {
  position: number;
  json: Promise<string>;
}

/** Per database client (tests run several), one entry per show. */
const entries = new WeakMap<PrismaDb, Map<string, Entry>>();

/** The seats of `showId` as a JSON array, at least as current as `position` (the checkpoint read first). */
export function seatsJson(prisma: PrismaDb, showId: string, position: number): Promise<string> {
  let byShow = entries.get(prisma);
  if (!byShow) entries.set(prisma, (byShow = new Map()));
  const hit = byShow.get(showId);
  // Readers arriving while the rows load share the one read (no stampede on a hot show).
  if (hit && hit.position === position) return hit.json;
  const json = seatsOfShow(prisma, showId).then((rows) => JSON.stringify(rows.map(seatJson)));
  const entry = { position, json };
  byShow.set(showId, entry);
  json.catch(() => {
    if (byShow.get(showId) === entry) byShow.delete(showId);
  });
  return json;
}
