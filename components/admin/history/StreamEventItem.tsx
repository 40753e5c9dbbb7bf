import Link from "next/link";
import type { StreamEventView } from "@/lib/admin/history-event";
import { JsonView } from "./JsonView";
import { correlationHref, streamHref, utcTime } from "./history-links";

/** One event of a stream with its data and metadata, and the way to see the state it left behind. */
export function StreamEventItem({ event, selected }: { event: StreamEventView; selected: boolean }) {
  const { type, data } = event;
  return (
    <li
      data-version={event.version}
      aria-current={selected ? "step" : undefined}
      className={`rounded-lg border bg-white p-3 text-sm ${selected ? "border-indigo-500 ring-1 ring-indigo-500" : "border-slate-200"}`}
    >
      <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
        <p className="flex flex-wrap items-baseline gap-x-2">
          <span className="font-mono text-xs text-slate-500">v{event.version}</span>
          <span className="font-semibold">{type}</span>
          <span className="font-mono text-xs text-slate-500">#{event.position}</span>
        </p>
        <Link href={streamHref(event.streamId, event.version)} className="text-xs font-semibold text-indigo-700 hover:underline">
          State at v{event.version}
        </Link>
      </div>
      <p className="mt-0.5 flex flex-wrap gap-x-3 text-xs text-slate-500">
        <time dateTime={event.metadata.occurredAt}>{utcTime(event.metadata.occurredAt)} UTC</time>
        <span>by {event.metadata.actor}</span>
        <Link href={correlationHref(event.metadata.correlationId)} className="text-indigo-700 hover:underline">
          Correlation chain
        </Link>
      </p>
      <details className="mt-2">
        <summary className="cursor-pointer text-xs font-semibold text-slate-600">Data and metadata</summary>
        <div className="mt-2 grid gap-2">
          <JsonView value={data} label={`Data of version ${event.version}`} />
          <JsonView value={event.metadata} label={`Metadata of version ${event.version}`} />
        </div>
      </details>
    </li>
  );
}
