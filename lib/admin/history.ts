// Reads for the staff event-history viewer: the global log, the stream browser, one stream's time
// travel, correlation chains and the NDJSON export. Everything comes from the event log itself.
import { z } from "zod";
import { fold } from "../domain/decider";
import { bookingDecider } from "../domain/booking";
import { allEventTypes, eventTypesByCategory, type StreamCategory } from "../domain/events";
import { seatsDecider } from "../domain/seats";
import { showDecider } from "../domain/show";
import type { ReadAllOptions, StoredEvent } from "../eventstore/types";
import { bookingSystem } from "../system";
import { diffState, type StateChange } from "./state-diff";
import { staffEventMessage } from "../realtime/server";

export const PAGE_SIZE = 50;
export const STREAM_PAGE_SIZE = 50;
export const STREAM_EVENTS_PAGE_SIZE = 50;
const EXPORT_BATCH = 500;

const categories = Object.keys(eventTypesByCategory) as [StreamCategory, ...StreamCategory[]];
const eventTypes = allEventTypes as unknown as [string, ...string[]];

/** An empty form field arrives as "": the same as leaving the filter out. */
const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());

/** `<input type="datetime-local">` sends no zone: staff times are UTC, as every time on these pages. */
const utcTime = z
  .string()
  .trim()
  .transform((s, ctx) => {
    const withZone = /(Z|[+-]\d\d:?\d\d)$/i.test(s) ? s : `${s}Z`;
    const date = new Date(withZone);
    if (Number.isNaN(date.getTime())) {
      ctx.addIssue({ code: "custom", message: `"${s}" is not a date and time (use YYYY-MM-DDTHH:MM, UTC)` });
      return z.NEVER;
    }
    return date;
  });

const position = z.coerce.number({ message: "A position is a whole number" }).int("A position is a whole number").min(0, "A position cannot be negative");
export const correlationIdSchema = z.string().trim().min(1).max(100).regex(/^[A-Za-z0-9_.:-]+$/, "Not a correlation id");
export const streamIdSchema = z.string().trim().min(3).max(140).regex(/^[a-z]+-[A-Za-z0-9_.:-]+$/, "Not a stream id (<category>-<id>)");

export const logFilterSchema = z
  .object({
    category: optional(z.enum(categories, { message: "Unknown category" })),
    type: optional(z.enum(eventTypes, { message: "Unknown event type" })),
    from: optional(utcTime),
    to: optional(utcTime),
    correlationId: optional(correlationIdSchema),
    before: optional(position),
    after: optional(position),
  })
  .refine((f) => !(f.from && f.to && f.from > f.to), { message: "The time range ends before it starts", path: ["to"] });

export type LogFilter = z.infer<typeof logFilterSchema>;
export type SearchParams = Record<string, string | string[] | undefined>;

/** Next.js hands repeated query keys over as arrays: the first one wins. */
export function firstValues(params: SearchParams): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]));
}

export function hasFilters(filter: LogFilter): boolean {
  return !!(filter.category || filter.type || filter.from || filter.to || filter.correlationId);
}

function readOptions(filter: LogFilter): ReadAllOptions {
  return {
    ...(filter.category ? { categories: [filter.category] } : {}),
    ...(filter.type ? { types: [filter.type] } : {}),
    ...(filter.correlationId ? { correlationId: filter.correlationId } : {}),
    ...(filter.from ? { from: filter.from } : {}),
    ...(filter.to ? { to: filter.to } : {}),
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

/** One page of the global log, newest first, paged by position in either direction. */
export async function readLogPage(filter: LogFilter): Promise<LogPage> {
  const { store } = await bookingSystem();
  const options = readOptions(filter);
  if (filter.after !== undefined && filter.before === undefined) {
    const newer = await store.readAll({ ...options, after: filter.after, limit: PAGE_SIZE + 1 });
    // Fewer than a page newer: that is the newest page, shown whole rather than half empty.
    if (newer.length > PAGE_SIZE) {
      const events = newer.slice(0, PAGE_SIZE).reverse();
      return { events, olderBefore: events.at(-1)?.position ?? null, newerAfter: events[0]?.position ?? null, newest: false };
    }
  }
  const before = filter.after !== undefined && filter.before === undefined ? undefined : filter.before;
  const rows = await store.readAll({ ...options, backwards: true, ...(before !== undefined ? { before } : {}), limit: PAGE_SIZE + 1 });
  const events = rows.slice(0, PAGE_SIZE);
  const newest = before === undefined;
  return {
    events,
    olderBefore: rows.length > PAGE_SIZE ? (events.at(-1)?.position ?? null) : null,
    newerAfter: newest ? null : (events[0]?.position ?? before - 1),
    newest,
  };
}

/** Show titles by id from ShowScheduled events, so sentences name the show. */
export async function showTitles(): Promise<Map<string, string>> {
  const { db } = await bookingSystem();
  const rows = await db.prisma.event.findMany({ where: { type: "ShowScheduled" }, select: { data: true }, orderBy: { position: "asc" } });
  const titles = new Map<string, string>();
  for (const row of rows) {
    const data = JSON.parse(row.data) as { showId?: unknown; title?: unknown };
    if (typeof data.showId === "string" && typeof data.title === "string") titles.set(data.showId, data.title);
  }
  return titles;
}

export interface StreamSummary {
  streamId: string;
  category: string;
  version: number;
  lastPosition: number;
  lastChange: Date;
}

export const streamListSchema = z.object({
  category: optional(z.enum(categories, { message: "Unknown category" })),
  page: z.preprocess(blankToUndefined, z.coerce.number({ message: "A page is a whole number" }).int().min(1, "Pages start at 1").max(100_000).default(1)),
});

/** Streams with their current version and last change, most recently changed first (from StreamView). */
export async function listStreams(category: string | undefined, page: number): Promise<{ streams: StreamSummary[]; hasMore: boolean }> {
  const { db } = await bookingSystem();
  const rows = await db.prisma.streamView.findMany({
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
export async function readStreamPage(streamId: string, fromVersion: number | undefined): Promise<StreamEventsPage> {
  const { store } = await bookingSystem();
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
export async function stateAtVersion(streamId: string, category: string, version: number): Promise<TimeTravel | null> {
  const decider = deciderFor(category);
  if (!decider) return null;
  const { store } = await bookingSystem();
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

/** Every event of one correlation id, across streams, in log order. */
export async function readCorrelation(correlationId: string): Promise<StoredEvent[]> {
  const { store } = await bookingSystem();
  return store.readAll({ correlationId, limit: 2000 });
}

export const exportSchema = logFilterSchema.and(z.object({ streamId: optional(streamIdSchema) }));

/** One NDJSON line per event: the stored event as staff see it everywhere else. */
export function exportLine(stored: StoredEvent): string {
  return `${JSON.stringify(staffEventMessage(stored))}\n`;
}

/** The events to export, oldest first, fetched a batch at a time so a big log never sits in memory whole. */
export async function* exportEvents(filter: LogFilter & { streamId?: string }): AsyncGenerator<StoredEvent[]> {
  const { store } = await bookingSystem();
  const options = { ...readOptions(filter), ...(filter.streamId ? { streamId: filter.streamId } : {}) };
  let after = filter.after ?? 0;
  for (;;) {
    const batch = await store.readAll({ ...options, after, limit: EXPORT_BATCH });
    const inRange = filter.before !== undefined ? batch.filter((e) => e.position < (filter.before as number)) : batch;
    if (inRange.length > 0) yield inRange;
    if (batch.length < EXPORT_BATCH || inRange.length < batch.length) return;
    after = batch.at(-1)?.position ?? after;
  }
}

/** The export URL for the same filters (and stream) a page shows. */
export function exportHref(filter: Partial<Record<"category" | "type" | "correlationId" | "streamId", string>> & { from?: Date; to?: Date }): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) {
    if (value instanceof Date) params.set(key, value.toISOString());
    else if (typeof value === "string" && value) params.set(key, value);
  }
  const query = params.toString();
  return `/api/admin/events/export${query ? `?${query}` : ""}`;
}
