import { EventItem } from "./EventItem";
import type { HistoryEvent } from "@/lib/admin/history-event";

/** A list of events; `live` (the live tail) sits above the stored rows. */
export function EventList({ events, live, label }: { events: HistoryEvent[]; live?: React.ReactNode; label: string }) {
  return (
    <div className="overflow-hidden rounded-lg border border-slate-200 bg-white">
      <div className="hidden border-b border-slate-200 bg-slate-50 px-3 py-2 text-xs font-semibold uppercase tracking-wide text-slate-500 md:grid md:grid-cols-[4.5rem_9.5rem_minmax(0,1fr)] md:gap-x-4">
        <span>Position</span>
        <span>Time (UTC)</span>
        <span>Event, stream and version</span>
      </div>
      {live}
      <ol aria-label={label} className="divide-y divide-slate-100">
        {events.map((event) => (
          <EventItem key={event.position} event={event} />
        ))}
      </ol>
    </div>
  );
}
