// How a live show list folds in what it hears: pushed rows and refetched lists, newest position wins.
import type { ShowListing } from "../queries/shows";
import type { ListedShowJson } from "./messages";

/** A show the page listed that a refetched list no longer has (today only a cancellation does that). */
export const UNLISTED = "unlisted";

export const listingFromJson = (show: ListedShowJson): ShowListing => ({
  showId: show.id,
  title: show.title,
  venue: show.venue,
  startsAt: show.startsAt,
  timeZone: show.timeZone,
  status: show.status,
  currency: show.currency,
  minPriceCents: show.priceRange.minCents,
  maxPriceCents: show.priceRange.maxCents,
  seatsTotal: show.seats.total,
  seatsAvailable: show.seats.available,
  position: show.position,
});

// Stable, so shows starting at the same time keep the order the server gave them.
const byStart = (shows: ShowListing[]) => [...shows].sort((a, b) => (a.startsAt < b.startsAt ? -1 : a.startsAt > b.startsAt ? 1 : 0));

/**
 * Pushed rows: a row replaces the show only if it is newer. A cancelled show stays on the page, marked;
 * a show the page does not list yet joins it if it is on sale. Returns the same array when nothing changed.
 */
export function applyShowChanges(shows: ShowListing[], changes: ShowListing[]): ShowListing[] {
  const byId = new Map(shows.map((s) => [s.showId, s]));
  let changed = false;
  for (const change of changes) {
    const current = byId.get(change.showId);
    if (current ? current.position >= change.position : change.status !== "published") continue;
    byId.set(change.showId, change);
    changed = true;
  }
  return changed ? byStart([...byId.values()]) : shows;
}

/**
 * A refetched list of the shows on sale, current at least up to `position`. A listed show replaces ours
 * unless ours is newer; a show it lacks is off sale now, unless ours is newer than the list (it may have
 * been published since), and stays on the page, marked, rather than vanishing under the reader's eyes.
 */
export function mergeShowList(shows: ShowListing[], listed: ShowListing[], position: number): ShowListing[] {
  const byId = new Map(shows.map((s) => [s.showId, s]));
  const next = new Map(listed.map((s) => [s.showId, s]));
  for (const [id, show] of next) {
    const current = byId.get(id);
    if (current && current.position > show.position) next.set(id, current);
  }
  for (const [id, current] of byId) {
    if (next.has(id)) continue;
    next.set(id, current.status !== "published" || current.position > position ? current : { ...current, status: UNLISTED });
  }
  return byStart([...next.values()]);
}

/** What a screen reader hears about one show. */
export function availabilityText(show: ShowListing): string {
  if (show.status === "cancelled") return `${show.title}: cancelled`;
  if (show.status !== "published") return `${show.title}: no longer on sale`;
  if (show.seatsAvailable === 0) return `${show.title}: sold out`;
  return `${show.title}: ${show.seatsAvailable.toLocaleString("en-GB")} of ${show.seatsTotal.toLocaleString("en-GB")} seats available`;
}

/** At most this many shows are read out one by one; more are summed up in a count. */
const NAMED_AT_MOST = 3;

/**
 * One sentence about every show that reads differently from what was last announced (`spoken`, by show id),
 * or null when nothing does, and what has been announced after it. A show not heard of before is only
 * remembered: a new card is seen, not read out.
 */
export function availabilityAnnouncement(spoken: ReadonlyMap<string, string>, shows: ShowListing[]): { text: string | null; spoken: Map<string, string> } {
  const next = new Map(spoken);
  const changed: string[] = [];
  for (const show of shows) {
    const text = availabilityText(show);
    const before = spoken.get(show.showId);
    if (before !== undefined && before !== text) changed.push(text);
    next.set(show.showId, text);
  }
  if (changed.length === 0) return { text: null, spoken: next };
  const text = changed.length > NAMED_AT_MOST ? `Seat availability changed for ${changed.length} shows.` : `${changed.join(". ")}.`;
  return { text, spoken: next };
}
