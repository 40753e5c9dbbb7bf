// Reads for the staff event-history viewer: the global log, the stream browser, one stream's time
// travel, correlation chains and the NDJSON export. Everything comes from the event log, read through
// the event store (upcast, older customer data masked). Each read takes the store it reads: pages reach
// these only through lib/admin/reads/history.ts, which checks the staff session first.
import "server-only";
import { fold } from "../domain/decider";
import { bookingDecider } from "../domain/booking";
import { seatsDecider } from "../domain/seats";
import { showDecider } from "../domain/show";
import type { PrismaDb } from "../db/database";
import type { EventStore } from "../eventstore/store";
import type { ReadAllOptions, StoredEvent } from "../eventstore/types";
import { staffEventMessage } from "../realtime/staff-messages";
import type { ShowTitles } from "./describe-event";
import { fromStaffMessage, type HistoryEvent, type StreamEventView, type StreamSummary, type TimeTravelView } from "./history-event";
import { STREAM_EVENTS_PAGE_SIZE, type ExportFilter, type LogFilter } from "./history-filters";
import { diffState, type StateChange } from "./state-diff";

export const PAGE_SIZE = 50;
export const STREAM_PAGE_SIZE = 50;
const EXPORT_BATCH = 500;
const CORRELATION_LIMIT = 2000;

// Customer command ids are `<kind>:<customer>:<rest>`. Events written before customers had pseudonyms
// keep the raw cookie value in their correlation_id column and are read masked (`<kind>:c_<22>:<rest>`),
// so a masked id also looks for `<kind>:%:<rest>` and keeps what reads back as the id asked for.
const MASKED_CUSTOMER_ID = /^([a-z]+):c_[A-Za-z0-9_-]{22}:(.+)$/;

interface CorrelationRead {
  options: Pick<ReadAllOptions, "correlationId" | "correlationIdPattern">;
  keep(event: StoredEvent): boolean;
}

/** How to read the events of one correlation id, older masked ones included. */
export function correlationRead(correlationId: string): CorrelationRead {
  const masked = MASKED_CUSTOMER_ID.exec(correlationId);
  if (!masked) return { options: { correlationId }, keep: () => true };
  return {
    options: { correlationIdPattern: { startsWith: `${masked[1]}:`, endsWith: `:${masked[2]}` } },
    keep: (event) => event.metadata.correlationId === correlationId,
  };
}

function readOptions(filter: LogFilter): { options: ReadAllOptions; keep(event: StoredEvent): boolean } {
  const correlation = filter.correlationId ? correlationRead(filter.correlationId) : null;
  return {
    options: {
      ...(filter.category ? { categories: [filter.category] } : {}),
      ...(filter.type ? { types: [filter.type] } : {}),
      ...(correlation?.options ?? {}),
      ...(filter.from ? { from: filter.from } : {}),
      ...(filter.to ? { to: filter.to } : {}),
    },
    keep: correlation?.keep ?? (() => true),
  };
}

export interface LogPage {
  /** Newest first. */
  events: StoredEvent[];
  /** Cursor for the next older page, or null at the start of the log. */
  olderBefore: number | null;
  /** Cursor for the next newer page, or null when this is the newest page. */
  newerAfter: number | null;
  newest: boolean;
}

/**
 * One page of the global log, newest first, paged by position in either direction. Cursors come from
 * the rows read; a masked correlation filter may then show fewer than a page of them.
 */
export async function readLogPage(store: EventStore, filter: LogFilter): Promise<LogPage> {
  const { options, keep } = readOptions(filter);
  if (filter.after !== undefined && filter.before === undefined) {
    const newer = await store.readAll({ ...options, after: filter.after, limit: PAGE_SIZE + 1 });
    // Fewer than a page newer: that is the newest page, shown whole rather than half empty.
    if (newer.length > PAGE_SIZE) {
      const rows = newer.slice(0, PAGE_SIZE).reverse();
      return { events: rows.filter(keep), olderBefore: rows.at(-1)?.position ?? null, newerAfter: rows[0]?.position ?? null, newest: false };
    }
  }
  const before = filter.after !== undefined && filter.before === undefined ? undefined : filter.before;
  const rows = await store.readAll({ ...options, backwards: true, ...(before !== undefined ? { before } : {}), limit: PAGE_SIZE + 1 });
  const page = rows.slice(0, PAGE_SIZE);
  const newest = before === undefined;
  return {
    events: page.filter(keep),
    olderBefore: rows.length > PAGE_SIZE ? (page.at(-1)?.position ?? null) : null,
    newerAfter: newest ? null : (page[0]?.position ?? before - 1),
    newest,
  };
}

const TITLES_BATCH = 1000;

/** Show titles by id from ShowScheduled events (read through the store), so sentences name the show. */
export async function showTitles(store: EventStore): Promise<Map<string, string>> {
  const titles = new Map<string, string>();
  for (let after = 0; ; ) {
    const batch = await store.readAll({ types: ["ShowScheduled"], after, limit: TITLES_BATCH });
    for (const { event } of batch) if (typeof event.showId === "string" && typeof event.title === "string") titles.set(event.showId, event.title);
    if (batch.length < TITLES_BATCH) return titles;
    after = batch.at(-1)?.position ?? after;
  }
}

/** Streams with their current version and last change, most recently changed first (from StreamView). */
export async function listStreams(prisma: PrismaDb, category: string | undefined, page: number): Promise<{ streams: StreamSummary[]; hasMore: boolean }> {
  const rows = await prisma.streamView.findMany({
    ...(category ? { where: { category } } : {}),
    orderBy: { lastPosition: "desc" },
    skip: (page - 1) * STREAM_PAGE_SIZE,
    take: STREAM_PAGE_SIZE + 1,
  });
  const streams = rows.slice(0, STREAM_PAGE_SIZE).map((row) => ({
    streamId: row.streamId,
    category: row.category,
    version: row.version,
    lastPosition: row.lastPosition,
    lastChange: row.lastChangedAt,
  }));
  return { streams, hasMore: rows.length > STREAM_PAGE_SIZE };
}

export interface StreamEventsPage {
  events: StoredEvent[];
  currentVersion: number;
  fromVersion: number;
}

/** A page of one stream's events, in version order, starting at `fromVersion` (default: the last page). */
export async function readStreamPage(store: EventStore, streamId: string, fromVersion: number | undefined): Promise<StreamEventsPage> {
  const currentVersion = await store.streamVersion(streamId);
  const from = fromVersion ?? Math.max(1, currentVersion - STREAM_EVENTS_PAGE_SIZE + 1);
  const events = await store.readStream(streamId, { fromVersion: from, limit: STREAM_EVENTS_PAGE_SIZE });
  return { events, currentVersion, fromVersion: from };
}

// The deciders the viewer can replay, by stream category.
const deciders = { show: showDecider, seats: seatsDecider, booking: bookingDecider } as const;
type ReplayDecider = { initialState: unknown; evolve(state: unknown, event: unknown): unknown; toSnapshot(state: unknown): unknown };

export function deciderFor(category: string): ReplayDecider | null {
  return category in deciders ? (deciders[category as keyof typeof deciders] as unknown as ReplayDecider) : null;
}

export interface TimeTravel {
  version: number;
  event: StoredEvent | null;
  /** decider.toSnapshot(state), made diffable: keyed maps instead of arrays of entries. */
  state: unknown;
  changes: StateChange[];
}

/** The aggregate's state at `version`, replayed through its decider's evolve, and what that version changed. */
export async function stateAtVersion(store: EventStore, streamId: string, category: string, version: number): Promise<TimeTravel | null> {
  const decider = deciderFor(category);
  if (!decider) return null;
  const events = await store.readStream(streamId, { toVersion: version });
  const last = events.at(-1);
  const earlier = last && last.version === version ? events.slice(0, -1) : events;
  const before = fold(decider.evolve, decider.initialState, earlier.map((e) => e.event));
  const after = last && last.version === version ? decider.evolve(before, last.event) : before;
  const beforeView = diffable(category, decider.toSnapshot(before));
  const afterView = diffable(category, decider.toSnapshot(after));
  return {
    version,
    event: last && last.version === version ? last : null,
    state: afterView,
    changes: version === 0 ? [] : diffState(beforeView, afterView),
  };
}

interface SeatsSnapshotView {
  seats: Array<{ seatId: string; status: string }>;
  holds: Array<[string, unknown]>;
  booked: Array<[string, unknown]>;
}

/** Seats snapshots list entries in hash order: keyed objects diff by seat id, not by array index. */
function diffable(category: string, snapshot: unknown): unknown {
  if (category !== "seats") return snapshot;
  const s = snapshot as SeatsSnapshotView & Record<string, unknown>;
  const seats = [...s.seats].sort((a, b) => a.seatId.localeCompare(b.seatId, "en", { numeric: true }));
  return {
    ...s,
    seats: Object.fromEntries(seats.map((seat) => [seat.seatId, seat])),
    holds: Object.fromEntries(s.holds),
    booked: Object.fromEntries(s.booked),
  };
}

/** A seats state for people: counts by status instead of thousands of seat objects. */
export function seatCountsByStatus(state: unknown): Record<string, number> | null {
  const seats = (state as { seats?: unknown } | null)?.seats;
  if (typeof seats !== "object" || seats === null) return null;
  const counts: Record<string, number> = {};
  for (const seat of Object.values(seats as Record<string, { status?: unknown }>)) {
    const status = typeof seat.status === "string" ? seat.status : "unknown";
    counts[status] = (counts[status] ?? 0) + 1;
  }
  return counts;
}

/** Every event of one correlation id, across streams, in log order (older masked ones included). */
export async function readCorrelation(store: EventStore, correlationId: string): Promise<StoredEvent[]> {
  const { options, keep } = correlationRead(correlationId);
  return (await store.readAll({ ...options, limit: CORRELATION_LIMIT })).filter(keep);
}

/** One NDJSON line per event: the stored event as staff see it everywhere else. */
export function exportLine(stored: StoredEvent): string {
  return `${JSON.stringify(staffEventMessage(stored))}\n`;
}

/** The events to export, oldest first, fetched a batch at a time so a big log never sits in memory whole. */
export async function* exportEvents(store: EventStore, filter: ExportFilter): AsyncGenerator<StoredEvent[]> {
  const { options: filters, keep } = readOptions(filter);
  const options = { ...filters, ...(filter.streamId ? { streamId: filter.streamId } : {}) };
  let after = filter.after ?? 0;
  for (;;) {
    const batch = await store.readAll({ ...options, after, limit: EXPORT_BATCH });
    const inRange = filter.before !== undefined ? batch.filter((e) => e.position < (filter.before as number)) : batch;
    const kept = inRange.filter(keep);
    if (kept.length > 0) yield kept;
    if (batch.length < EXPORT_BATCH || inRange.length < batch.length) return;
    after = batch.at(-1)?.position ?? after;
  }
}

// What the pages get: plain data (lib/admin/history-event.ts), never the store's types.

export function historyEventOf(stored: StoredEvent, titles: ShowTitles): HistoryEvent {
  return fromStaffMessage(staffEventMessage(stored), titles);
}

export function streamEventViewOf(stored: StoredEvent): StreamEventView {
  const { type, data, metadata, position, streamId, version } = staffEventMessage(stored);
  return { position, streamId, version, type, data, metadata };
}

export function timeTravelViewOf(travel: TimeTravel, category: string): TimeTravelView {
  const seatCounts = category === "seats" ? seatCountsByStatus(travel.state) : null;
  const total = seatCounts ? Object.values(seatCounts).reduce((a, b) => a + b, 0) : 0;
  return {
    version: travel.version,
    eventType: travel.event?.event.type ?? null,
    // Thousands of seats do not fit a page: the counts stand in for them, the changes name the seats.
    state: seatCounts ? { ...(travel.state as Record<string, unknown>), seats: `${total} seats: counts above` } : travel.state,
    changes: travel.changes,
    seatCounts,
  };
}
