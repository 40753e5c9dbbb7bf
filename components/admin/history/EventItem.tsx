import Link from "next/link";
import type { HistoryEvent } from "@/lib/admin/history-event";
import { correlationHref, streamHref, utcTime } from "./history-links";

/** One row of a log: where the event sits, what it is in plain words, and links to its stream and chain. */
export function EventItem({ event, fresh = false }: { event: HistoryEvent; fresh?: boolean }) {
  return (
    <li
      data-position={event.position}
      data-event-type={event.type}
      className={`grid gap-x-4 gap-y-1 px-3 py-2.5 text-sm md:grid-cols-[4.5rem_9.5rem_minmax(0,1fr)] ${fresh ? "bg-amber-50" : ""}`}
    >
      {/* One line on a phone; two grid columns from md up. */}
      <span className="flex gap-3 font-mono text-xs text-slate-500 md:contents">
        <span className="md:pt-0.5">#{event.position}</span>
        <time dateTime={event.occurredAt} className="md:pt-0.5">
          {utcTime(event.occurredAt)}
        </time>
      </span>
      <div className="min-w-0">
        <p className="flex flex-wrap items-baseline gap-x-2">
          <span className="font-semibold text-slate-900">{event.type}</span>
          <Link href={streamHref(event.streamId, event.version)} className="break-all font-mono text-xs text-indigo-700 hover:underline">
            {event.streamId} v{event.version}
          </Link>
        </p>
        <p className="text-slate-700">{event.description}</p>
        <p className="flex flex-wrap gap-x-3 text-xs text-slate-500">
          <span>by {event.actor}</span>
          <Link href={correlationHref(event.correlationId)} className="text-indigo-700 hover:underline">
            Correlation chain
          </Link>
          <Link href={`/admin/events?correlationId=${encodeURIComponent(event.correlationId)}`} className="text-indigo-700 hover:underline">
            Filter log by it
          </Link>
        </p>
      </div>
    </li>
  );
}
