import type { Metadata } from "next";
import Link from "next/link";
import { exportHref, firstValues, STREAM_EVENTS_PAGE_SIZE, streamIdSchema, streamQuerySchema, type SearchParams } from "@/lib/admin/history-filters";
import { readStreamHistory } from "@/lib/admin/reads/history";
import { EmptyState } from "@/components/admin/history/EmptyState";
import { ExportLink, HistoryHeader } from "@/components/admin/history/HistoryHeader";
import { InputProblem } from "@/components/admin/history/InputProblem";
import { Pager } from "@/components/admin/history/Pager";
import { StreamEventItem } from "@/components/admin/history/StreamEventItem";
import { TimeTravelPanel } from "@/components/admin/history/TimeTravelPanel";
import { streamHref } from "@/components/admin/history/history-links";

export const metadata: Metadata = { title: "Stream" };

const decode = (value: string) => {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
};

export default async function StreamPage({ params, searchParams }: { params: Promise<{ streamId: string }>; searchParams: Promise<SearchParams> }) {
  const streamId = decode((await params).streamId);
  const id = streamIdSchema.safeParse(streamId);
  const query = streamQuerySchema.safeParse(firstValues(await searchParams));
  if (!id.success || !query.success) {
    const issues = [...(id.success ? [] : id.error.issues), ...(query.success ? [] : query.error.issues)];
    return (
      <div>
        <HistoryHeader title={streamId} />
        <InputProblem messages={[...new Set(issues.map((i) => i.message))]} resetHref={id.success ? streamHref(id.data) : "/admin/events/streams"} />
      </div>
    );
  }

  const page = await readStreamHistory(id.data, query.data);
  const { category, version } = page;
  const problem = version > page.currentVersion ? `This stream has ${page.currentVersion} versions; there is no version ${version}.` : null;
  const pageHref = (from: number) => `${streamHref(id.data)}?from=${from}&version=${version}`;

  return (
    <div>
      <HistoryHeader title={id.data}>
        <ExportLink href={exportHref({ streamId: id.data })} label="Export this stream (NDJSON)" />
      </HistoryHeader>
      <p className="-mt-2 mb-4 text-sm text-slate-600">
        Category <strong>{category}</strong>, current version <strong data-current-version>{page.currentVersion}</strong>.{" "}
        <Link href={`/admin/events?category=${category}`} className="text-indigo-700 underline underline-offset-2">
          All {category} events
        </Link>
      </p>
      {page.currentVersion === 0 ? (
        <EmptyState title="No events in this stream">Nothing has been written to {id.data}. Check the id, or browse the streams.</EmptyState>
      ) : (
        <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
          <section aria-labelledby="events-heading" className="min-w-0">
            <h2 id="events-heading" className="mb-2 text-lg font-semibold">
              Events {page.fromVersion}–{Math.min(page.currentVersion, page.fromVersion + STREAM_EVENTS_PAGE_SIZE - 1)} of {page.currentVersion}
            </h2>
            <ol className="space-y-2">
              {page.events.map((event) => (
                <StreamEventItem key={event.position} event={event} selected={event.version === version} />
              ))}
            </ol>
            <Pager
              newerHref={page.fromVersion > 1 ? pageHref(Math.max(1, page.fromVersion - STREAM_EVENTS_PAGE_SIZE)) : null}
              olderHref={page.fromVersion + STREAM_EVENTS_PAGE_SIZE <= page.currentVersion ? pageHref(page.fromVersion + STREAM_EVENTS_PAGE_SIZE) : null}
              newerLabel="← Earlier versions"
              olderLabel="Later versions →"
            />
          </section>
          {/* On a phone the state comes first: a stream's event list can be long. */}
          <section aria-labelledby="time-travel-heading" className="order-first min-w-0 lg:order-none">
            <h2 id="time-travel-heading" className="mb-2 text-lg font-semibold">
              Time travel
            </h2>
            {problem ? (
              <InputProblem messages={[problem]} resetHref={streamHref(id.data)} />
            ) : page.travel ? (
              <TimeTravelPanel streamId={id.data} travel={page.travel} currentVersion={page.currentVersion} />
            ) : (
              <EmptyState title="No replay for this category">No decider is registered for “{category}” streams, so only the events are shown.</EmptyState>
            )}
          </section>
        </div>
      )}
    </div>
  );
}
