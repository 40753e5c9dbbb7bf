import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { z } from "zod";
import { exportHref, firstValues, hasFilters, logFilterSchema, type LogFilter, type SearchParams } from "@/lib/admin/history-filters";
import { readEventLog, readLogSearch, readStreamIdFor } from "@/lib/admin/reads/history";
import { HistoryFinder } from "@/components/admin/history/HistoryFinder";
import { streamHref } from "@/components/admin/history/history-links";
import { EmptyState } from "@/components/admin/history/EmptyState";
import { EventList } from "@/components/admin/history/EventList";
import { ExportLink, HistoryHeader } from "@/components/admin/history/HistoryHeader";
import { InputProblem } from "@/components/admin/history/InputProblem";
import { LiveEventTail } from "@/components/admin/history/LiveEventTail";
import { LogFilterForm } from "@/components/admin/history/LogFilterForm";
import { Pager } from "@/components/admin/history/Pager";

export const metadata: Metadata = { title: "Event history" };

/** The same filters with a different cursor, for the pager. */
function pageHref(raw: Record<string, string | undefined>, cursor: { before?: number; after?: number }) {
  const params = new URLSearchParams();
  for (const key of ["category", "type", "from", "to", "correlationId"]) {
    const value = raw[key];
    if (value) params.set(key, value);
  }
  if (cursor.before !== undefined) params.set("before", String(cursor.before));
  if (cursor.after !== undefined) params.set("after", String(cursor.after));
  const query = params.toString();
  return `/admin/events${query ? `?${query}` : ""}`;
}

const finderSchema = z.object({
  stream: z.string().trim().max(140, "A stream name is at most 140 characters").optional(),
  booking: z.string().trim().max(200, "Search for at most 200 characters").optional(),
});

export default async function EventLogPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const raw = firstValues(await searchParams);
  const finder = finderSchema.safeParse(raw);
  const stream = finder.success ? finder.data.stream : undefined;
  // "Go to stream": straight to it when the name, id or reference finds one.
  const streamId = stream ? await readStreamIdFor(stream) : null;
  if (streamId) redirect(streamHref(streamId));
  const booking = finder.success ? finder.data.booking : undefined;
  const parsed = logFilterSchema.safeParse(raw);

  return (
    <div>
      <HistoryHeader title="Event history" current="/admin/events">
        {parsed.success && <ExportLink href={exportHref({ ...parsed.data })} label={hasFilters(parsed.data) ? "Export these events (NDJSON)" : "Export the log (NDJSON)"} />}
      </HistoryHeader>
      <HistoryFinder stream={raw.stream} booking={raw.booking} />
      {!finder.success && <InputProblem messages={[...new Set(finder.error.issues.map((issue) => issue.message))]} resetHref="/admin/events" />}
      {stream && (
        <p role="alert" className="mb-4 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">
          No stream is named “{stream}”. Stream names look like <code>seats-hamlet</code> or <code>booking-…</code>; a booking reference or a bare id works too.
        </p>
      )}
      {booking ? (
        <BookingSearch query={booking} />
      ) : (
        <>
          <LogFilterForm values={raw} />
          {parsed.success ? (
            <LogPage filter={parsed.data} raw={raw} />
          ) : (
            <InputProblem messages={[...new Set(parsed.error.issues.map((issue) => issue.message))]} resetHref="/admin/events" />
          )}
        </>
      )}
    </div>
  );
}

async function LogPage({ filter, raw }: { filter: LogFilter; raw: Record<string, string | undefined> }) {
  const page = await readEventLog(filter);
  const { events } = page;
  // The live tail only makes sense at the top of the log, and not when the range ends in the past.
  const live = page.newest && !filter.to && (
    <LiveEventTail
      filter={{ category: filter.category, type: filter.type, correlationId: filter.correlationId, after: page.newestPosition }}
      titles={page.titles}
    />
  );
  if (events.length === 0 && !live)
    return <EmptyState title="No events on this page">Try the newer page, or clear the filters.</EmptyState>;
  return (
    <>
      <EventList events={events} live={live} label="Events, newest first" />
      {events.length === 0 && (
        <div className="mt-3">
          <EmptyState title={hasFilters(filter) ? "No events match these filters" : "The log is empty"}>
            {hasFilters(filter) ? "Change or clear the filters; new matching events will still appear above." : "Events appear here as shows are scheduled and seats are booked."}
          </EmptyState>
        </div>
      )}
      <Pager
        newerHref={page.newerAfter !== null ? pageHref(raw, { after: page.newerAfter }) : null}
        olderHref={page.olderBefore !== null ? pageHref(raw, { before: page.olderBefore }) : null}
      />
    </>
  );
}

/** The log narrowed to the bookings a reference or email finds (through BookingView, not the log). */
async function BookingSearch({ query }: { query: string }) {
  const { bookings, events } = await readLogSearch(query);
  if (bookings.length === 0)
    return (
      <EmptyState title={`No booking matches “${query}”`}>
        Try the full reference (like Z2NB-JF12) or the email address the customer booked with. <Link href="/admin/events" className="underline">Back to the whole log</Link>
      </EmptyState>
    );
  return (
    <section aria-labelledby="booking-search-title" className="space-y-3">
      <h2 id="booking-search-title" className="font-semibold">
        Events of {bookings.length === 1 ? "1 booking" : `${bookings.length} bookings`}, newest first
      </h2>
      <ul className="flex flex-wrap gap-2 text-sm" aria-label="Bookings found">
        {bookings.map((b) => (
          <li key={b.bookingId}>
            <Link href={`/admin/box-office/${b.bookingId}`} className="inline-block rounded-md border border-slate-300 bg-white px-2 py-1 underline underline-offset-2">
              <span className="font-mono">{b.reference}</span> · {b.customerName ?? "no name yet"} · {b.showTitle}
            </Link>
          </li>
        ))}
      </ul>
      <EventList events={events} label="Events of the bookings found, newest first" />
      <p className="text-sm">
        <Link href="/admin/events" className="text-indigo-800 underline underline-offset-2">
          Back to the whole log
        </Link>
      </p>
    </section>
  );
}
