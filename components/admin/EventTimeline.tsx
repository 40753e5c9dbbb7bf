"use client";
// The newest domain events in plain words, newest first, filterable by show and by event type. Each links to
// its place in the stream's history.
import Link from "next/link";
import { useMemo, useState } from "react";
import { describeEvent } from "@/lib/admin/describe-event";
import type { StaffEventMessage } from "@/lib/realtime/messages";

interface Props {
  events: StaffEventMessage[];
  shows: Array<{ showId: string; title: string }>;
}

/** Booking events after BookingStarted carry no show id: learn it from the booking's first event. */
function showOfEvents(events: StaffEventMessage[]): (e: StaffEventMessage) => string | null {
  const showOfBooking = new Map<string, string>();
  for (const e of events)
    if (typeof e.data.showId === "string" && typeof e.data.bookingId === "string") showOfBooking.set(e.data.bookingId, e.data.showId);
  return (e) => {
    if (typeof e.data.showId === "string") return e.data.showId;
    if (typeof e.data.bookingId === "string") return showOfBooking.get(e.data.bookingId) ?? null;
    return null;
  };
}

const time = (iso: string) => new Date(iso).toISOString().slice(11, 19);

export function EventTimeline({ events, shows }: Props) {
  const [showId, setShowId] = useState("");
  const [type, setType] = useState("");
  const titles = useMemo(() => new Map(shows.map((s) => [s.showId, s.title])), [shows]);
  const showOf = useMemo(() => showOfEvents(events), [events]);
  const types = useMemo(() => [...new Set(events.map((e) => e.type))].sort(), [events]);
  const shown = useMemo(
    () => events.filter((e) => (!showId || showOf(e) === showId) && (!type || e.type === type)).reverse(),
    [events, showId, type, showOf],
  );
  const select = "rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";

  return (
    <section aria-labelledby="timeline-heading" className="rounded-xl border border-slate-200 bg-white shadow-sm">
      <div className="flex flex-wrap items-center gap-3 border-b border-slate-200 p-4">
        <h2 id="timeline-heading" className="mr-auto font-semibold">
          Event timeline
        </h2>
        <label className="flex items-center gap-2 text-sm">
          Show
          <select value={showId} onChange={(e) => setShowId(e.target.value)} className={select}>
            <option value="">All shows</option>
            {shows.map((s) => (
              <option key={s.showId} value={s.showId}>
                {s.title}
              </option>
            ))}
          </select>
        </label>
        <label className="flex items-center gap-2 text-sm">
          Type
          <select value={type} onChange={(e) => setType(e.target.value)} className={select}>
            <option value="">All events</option>
            {types.map((t) => (
              <option key={t}>{t}</option>
            ))}
          </select>
        </label>
      </div>
      {shown.length === 0 ? (
        <p className="p-6 text-sm text-slate-600">
          {events.length === 0 ? "No events yet. They appear here as they happen." : "No events match these filters."}
        </p>
      ) : (
        <ol aria-label="Newest events first" aria-live="polite" className="max-h-[36rem] divide-y divide-slate-100 overflow-y-auto" data-testid="timeline">
          {shown.map((e) => (
            <li key={e.position} data-type={e.type} className="grid grid-cols-[4.5rem_1fr] gap-x-3 px-4 py-2.5 text-sm hover:bg-slate-50">
              <time dateTime={e.metadata.occurredAt} className="pt-0.5 font-mono text-xs text-slate-500 tabular-nums">
                {time(e.metadata.occurredAt)}
              </time>
              <div className="min-w-0">
                <Link
                  href={`/admin/events/streams/${encodeURIComponent(e.streamId)}?version=${e.version}`}
                  className="font-medium text-slate-900 hover:text-indigo-700 hover:underline"
                >
                  {describeEvent(e, titles)}
                </Link>
                <p className="mt-0.5 flex flex-wrap gap-x-3 text-xs text-slate-500">
                  <span className="font-mono">{e.type}</span>
                  <span className="truncate font-mono">
                    {e.streamId} v{e.version}
                  </span>
                  <span>by {e.metadata.actor}</span>
                </p>
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
