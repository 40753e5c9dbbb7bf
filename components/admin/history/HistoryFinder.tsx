// Two ways straight in: open a stream by its name or id, or narrow the log to one booking's events
// by its reference or the customer's email. Plain GET forms: the URL is the search, the boxes keep it.
const field = "mt-1 w-full rounded-md border border-slate-400 bg-white px-2 py-1.5 text-sm";
const label = "block text-xs font-semibold text-slate-700";
const button = "rounded-md border border-slate-400 bg-white px-3 py-1.5 text-sm font-semibold text-slate-900 hover:bg-slate-50";

export function HistoryFinder({ stream, booking }: { stream?: string; booking?: string }) {
  return (
    <div className="mb-4 grid gap-3 md:grid-cols-2">
      <form method="get" action="/admin/events" role="search" aria-label="Go to a stream" className="flex items-end gap-2 rounded-lg border border-slate-200 bg-white p-3">
        <label className={`${label} min-w-0 flex-1`}>
          Go to stream (name, id or booking reference)
          <input name="stream" defaultValue={stream ?? ""} required maxLength={140} placeholder="seats-hamlet, booking-…, Z2NB-JF12" className={`${field} font-mono`} autoComplete="off" />
        </label>
        <button type="submit" className={button}>
          Open
        </button>
      </form>
      <form method="get" action="/admin/events" role="search" aria-label="Search the log by booking" className="flex items-end gap-2 rounded-lg border border-slate-200 bg-white p-3">
        <label className={`${label} min-w-0 flex-1`}>
          Search the log by booking reference or customer email
          <input name="booking" defaultValue={booking ?? ""} required maxLength={200} placeholder="Z2NB-JF12 or ada@example.com" className={field} autoComplete="off" />
        </label>
        <button type="submit" className={button}>
          Search
        </button>
      </form>
    </div>
  );
}
