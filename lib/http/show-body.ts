// A show's public JSON (the show and its whole seat map) as bytes, reused while neither the seat view nor
// the show's row has moved. At rest every reader of a 5,000-seat map shares one read of its rows, one
// stringify and one gzip; the key is the seat-view checkpoint in the shared database and the show row's
// position, so a change made here or on another instance is never hidden, and a customer's own hold (the
// hold waits for the projections) shows in the next read.
import { promisify } from "node:util";
import { gzip } from "node:zlib";
import type { PrismaDb } from "../db/database";
import type { ShowView } from "../db/generated/sqlite";
import { seatsOfShow } from "../queries/shows";
import { seatJson, showJson } from "./views";

const gzipped = promisify(gzip);

export interface ShowBody {
  json: Buffer;
  /** Compressed on first ask, then kept with the entry. */
  gzip(): Promise<Buffer>;
}

interface Entry {
  key: string;
  body: Promise<ShowBody>;
}

/** Per database client (tests run several), one entry per show. */
const entries = new WeakMap<PrismaDb, Map<string, Entry>>();

/** The show's JSON body, at least as current as `position` (the seat-view checkpoint, read before `show`). */
export function showBody(prisma: PrismaDb, show: ShowView, position: number): Promise<ShowBody> {
  let byShow = entries.get(prisma);
  if (!byShow) entries.set(prisma, (byShow = new Map()));
  const key = `${position}:${show.lastPosition}`;
  const hit = byShow.get(show.showId);
  // Readers arriving while the rows load share the one read (no stampede on a hot show).
  if (hit && hit.key === key) return hit.body;
  const body = seatsOfShow(prisma, show.showId).then((rows): ShowBody => {
    const json = Buffer.from(JSON.stringify({ show: showJson(show), position, seats: rows.map(seatJson) }));
    let compressed: Promise<Buffer> | undefined;
    return { json, gzip: () => (compressed ??= gzipped(json)) };
  });
  const entry = { key, body };
  byShow.set(show.showId, entry);
  body.catch(() => {
    if (byShow.get(show.showId) === entry) byShow.delete(show.showId);
  });
  return body;
}
