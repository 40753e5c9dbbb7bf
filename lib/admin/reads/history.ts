// The event-history viewer's data, for signed-in staff only: each function checks the session first,
// then reads the log through the event store and answers plain data (lib/admin/history-event.ts).
import "server-only";
import { bookingSystem } from "../../system";
import { categoryOf } from "../../eventstore/types";
import { currentStaff, requireStaff } from "../../staff/session";
import {
  deciderFor,
  exportEvents,
  exportLine,
  historyEventOf,
  listStreams,
  readCorrelation,
  readLogPage,
  readStreamPage,
  showTitles,
  stateAtVersion,
  streamEventViewOf,
  timeTravelViewOf,
} from "../history";
import { resolveStream, searchLogByBooking } from "../box-office";
import type { BookingSummary } from "../box-office-views";
import type { HistoryEvent, StreamEventView, StreamSummary, TimeTravelView } from "../history-event";
import type { ExportFilter, LogFilter } from "../history-filters";
import { answer, UNAUTHORIZED, type StaffAnswer } from "./answer";

export interface EventLogPage {
  /** Newest first. */
  events: HistoryEvent[];
  olderBefore: number | null;
  newerAfter: number | null;
  newest: boolean;
  /** The newest position shown (where a live tail continues from). */
  newestPosition: number;
  /** Show titles by id, for the live tail's sentences. */
  titles: Array<[string, string]>;
}

/** One page of the global log. */
export async function readEventLog(filter: LogFilter): Promise<EventLogPage> {
  await requireStaff();
  const { store } = await bookingSystem();
  const [page, titles] = await Promise.all([readLogPage(store, filter), showTitles(store)]);
  return {
    events: page.events.map((e) => historyEventOf(e, titles)),
    olderBefore: page.olderBefore,
    newerAfter: page.newerAfter,
    newest: page.newest,
    newestPosition: page.events[0]?.position ?? 0,
    titles: [...titles],
  };
}

/** Streams, most recently changed first, a page at a time. */
export async function readStreamList(category: string | undefined, page: number): Promise<{ streams: StreamSummary[]; hasMore: boolean }> {
  await requireStaff();
  const { db } = await bookingSystem();
  return listStreams(db.prisma, category, page);
}

export interface StreamHistory {
  streamId: string;
  category: string;
  currentVersion: number;
  /** The first version listed. */
  fromVersion: number;
  events: StreamEventView[];
  /** The version travelled to (the current one unless asked). */
  version: number;
  /** Whether the category has a decider to replay. */
  replayable: boolean;
  /** The state at `version`; null when the stream is empty, not replayable, or has no such version. */
  travel: TimeTravelView | null;
}

/** A page of one stream's events and its state at one version. */
export async function readStreamHistory(streamId: string, query: { from?: number; version?: number }): Promise<StreamHistory> {
  await requireStaff();
  const { store } = await bookingSystem();
  const category = categoryOf(streamId);
  const page = await readStreamPage(store, streamId, query.from);
  const version = query.version ?? page.currentVersion;
  const replayable = deciderFor(category) !== null;
  const travel =
    replayable && page.currentVersion > 0 && version <= page.currentVersion ? await stateAtVersion(store, streamId, category, version) : null;
  return {
    streamId,
    category,
    currentVersion: page.currentVersion,
    fromVersion: page.fromVersion,
    events: page.events.map(streamEventViewOf),
    version,
    replayable,
    travel: travel ? timeTravelViewOf(travel, category) : null,
  };
}

/** Everything caused by one request, across streams, in log order. */
export async function readCorrelationChain(correlationId: string): Promise<{ events: HistoryEvent[]; streams: Array<{ streamId: string; version: number }> }> {
  await requireStaff();
  const { store } = await bookingSystem();
  const [stored, titles] = await Promise.all([readCorrelation(store, correlationId), showTitles(store)]);
  const streams = [...new Map(stored.map((e) => [e.streamId, e.version])).entries()].map(([streamId, version]) => ({ streamId, version }));
  return { events: stored.map((e) => historyEventOf(e, titles)), streams };
}

/** GET /api/admin/events/export: NDJSON lines of a stream or a filtered log, read a batch at a time. */
export async function exportForApi(filter: ExportFilter): Promise<StaffAnswer<AsyncGenerator<string>>> {
  if (!(await currentStaff())) return UNAUTHORIZED;
  const { store } = await bookingSystem();
  async function* lines(): AsyncGenerator<string> {
    for await (const batch of exportEvents(store, filter)) yield batch.map(exportLine).join("");
  }
  return answer(lines());
}

/** The log narrowed to the bookings a reference, email or name finds (through BookingView), newest first. */
export async function readLogSearch(query: string): Promise<{ bookings: BookingSummary[]; events: HistoryEvent[] }> {
  await requireStaff();
  const { db, store } = await bookingSystem();
  const [found, titles] = await Promise.all([searchLogByBooking(db.prisma, store, query), showTitles(store)]);
  return { bookings: found.bookings, events: found.events.map((e) => historyEventOf(e, titles)) };
}

/** The stream a typed name, reference or id stands for, or null. */
export async function readStreamIdFor(typed: string): Promise<string | null> {
  await requireStaff();
  const { db, store } = await bookingSystem();
  return resolveStream(db.prisma, store, typed);
}
