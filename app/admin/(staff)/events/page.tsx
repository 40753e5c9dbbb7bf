import type { Metadata } from "next";
import { exportHref, firstValues, hasFilters, logFilterSchema, type LogFilter, type SearchParams } from "@/lib/admin/history-filters";
import { readEventLog } from "@/lib/admin/reads/history";
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

export default async function EventLogPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const raw = firstValues(await searchParams);
  const parsed = logFilterSchema.safeParse(raw);

  return (
    <main>
      <HistoryHeader title="Event history" current="/admin/events">
        {parsed.success && <ExportLink href={exportHref({ ...parsed.data })} label={hasFilters(parsed.data) ? "Export these events (NDJSON)" : "Export the log (NDJSON)"} />}
      </HistoryHeader>
      <LogFilterForm values={raw} />
      {parsed.success ? (
        <LogPage filter={parsed.data} raw={raw} />
      ) : (
        <InputProblem messages={[...new Set(parsed.error.issues.map((issue) => issue.message))]} resetHref="/admin/events" />
      )}
    </main>
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
