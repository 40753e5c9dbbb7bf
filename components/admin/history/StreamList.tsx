import Link from "next/link";
import type { StreamSummary } from "@/lib/admin/history-event";
import { streamHref } from "./history-links";

export function StreamList({ streams }: { streams: StreamSummary[] }) {
  return (
    <ul aria-label="Streams" className="divide-y divide-slate-100 overflow-hidden rounded-lg border border-slate-200 bg-white">
      {streams.map((stream) => (
        <li key={stream.streamId} className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 px-3 py-2.5 text-sm">
          <span className="min-w-0">
            <Link href={streamHref(stream.streamId)} className="break-all font-mono text-indigo-700 hover:underline">
              {stream.streamId}
            </Link>
            <span className="ml-2 rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-600">{stream.category}</span>
          </span>
          <span className="flex gap-4 text-xs text-slate-500">
            <span>version {stream.version}</span>
            <span>
              last change{" "}
              {stream.lastChange ? <time dateTime={stream.lastChange.toISOString()}>{stream.lastChange.toISOString().slice(0, 19).replace("T", " ")}</time> : "—"}
            </span>
            <span>#{stream.lastPosition}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}
