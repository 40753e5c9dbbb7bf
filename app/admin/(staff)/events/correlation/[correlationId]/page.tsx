import type { Metadata } from "next";
import Link from "next/link";
import { correlationIdSchema, exportHref } from "@/lib/admin/history-filters";
import { readCorrelationChain } from "@/lib/admin/reads/history";
import { EmptyState } from "@/components/admin/history/EmptyState";
import { EventList } from "@/components/admin/history/EventList";
import { ExportLink, HistoryHeader } from "@/components/admin/history/HistoryHeader";
import { InputProblem } from "@/components/admin/history/InputProblem";
import { streamHref } from "@/components/admin/history/history-links";

export const metadata: Metadata = { title: "Correlation chain" };

export default async function CorrelationPage({ params }: { params: Promise<{ correlationId: string }> }) {
  const raw = (await params).correlationId;
  const parsed = correlationIdSchema.safeParse(safeDecode(raw));
  if (!parsed.success)
    return (
      <div>
        <HistoryHeader title="Correlation chain" />
        <InputProblem messages={parsed.error.issues.map((i) => i.message)} resetHref="/admin/events" />
      </div>
    );

  const correlationId = parsed.data;
  const { events, streams } = await readCorrelationChain(correlationId);
  return (
    <div>
      <HistoryHeader title="Correlation chain">
        {events.length > 0 && <ExportLink href={exportHref({ correlationId })} label="Export this chain (NDJSON)" />}
      </HistoryHeader>
      <p className="-mt-2 mb-4 text-sm text-slate-600">
        Everything caused by one request, in the order it was written: correlation id <code className="break-all font-mono">{correlationId}</code>.
      </p>
      {events.length === 0 ? (
        <EmptyState title="No events carry this correlation id">It may be mistyped, or from another database.</EmptyState>
      ) : (
        <>
          <p className="mb-3 flex flex-wrap gap-2 text-sm" aria-label="Streams in this chain">
            <span className="text-slate-600">
              {events.length} {events.length === 1 ? "event" : "events"} across {streams.length} {streams.length === 1 ? "stream" : "streams"}:
            </span>
            {streams.map(({ streamId }) => (
              <Link key={streamId} href={streamHref(streamId)} className="break-all rounded bg-slate-100 px-1.5 font-mono text-xs leading-5 text-indigo-700 hover:underline">
                {streamId}
              </Link>
            ))}
          </p>
          <EventList events={events} label="Events of this correlation, in order" />
        </>
      )}
    </div>
  );
}

function safeDecode(value: string) {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
