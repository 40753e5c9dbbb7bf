import { allEventTypes, eventTypesByCategory } from "@/lib/domain/events";

export interface LogFilterValues {
  category?: string;
  type?: string;
  from?: string;
  to?: string;
  correlationId?: string;
}

const field = "mt-1 w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";
const label = "block text-xs font-semibold text-slate-600";

/** A plain GET form: the filters live in the URL, so a filtered view can be shared and reloaded. */
export function LogFilterForm({ values }: { values: LogFilterValues }) {
  return (
    <form method="get" action="/admin/events" className="mb-4 grid grid-cols-2 gap-3 rounded-lg border border-slate-200 bg-white p-3 lg:grid-cols-6">
      <label className={label}>
        Category
        <select name="category" defaultValue={values.category ?? ""} className={field}>
          <option value="">All</option>
          {Object.keys(eventTypesByCategory).map((category) => (
            <option key={category}>{category}</option>
          ))}
        </select>
      </label>
      <label className={label}>
        Event type
        <select name="type" defaultValue={values.type ?? ""} className={field}>
          <option value="">All</option>
          {allEventTypes.map((type) => (
            <option key={type}>{type}</option>
          ))}
        </select>
      </label>
      {/* Date-time inputs need the full width of a phone; the selects fit two to a row. */}
      <label className={`${label} col-span-2 sm:col-span-1`}>
        From (UTC)
        <input type="datetime-local" step={1} name="from" defaultValue={values.from ?? ""} className={field} />
      </label>
      <label className={`${label} col-span-2 sm:col-span-1`}>
        To (UTC)
        <input type="datetime-local" step={1} name="to" defaultValue={values.to ?? ""} className={field} />
      </label>
      <label className={`${label} col-span-2 sm:col-span-1`}>
        Correlation id
        <input name="correlationId" defaultValue={values.correlationId ?? ""} className={`${field} font-mono`} autoComplete="off" />
      </label>
      <div className="col-span-2 flex items-end gap-2 sm:col-span-1">
        <button type="submit" className="rounded-md bg-indigo-600 px-3 py-1.5 text-sm font-semibold text-white hover:bg-indigo-700">
          Filter
        </button>
        <a href="/admin/events" className="px-2 py-1.5 text-sm text-indigo-700 hover:underline">
          Clear
        </a>
      </div>
    </form>
  );
}
