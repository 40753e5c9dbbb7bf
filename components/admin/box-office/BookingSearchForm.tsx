// The desk's search box: a plain GET form, so a search is a link staff can share and the box keeps what was typed.
export function BookingSearchForm({ query }: { query: string }) {
  return (
    <form action="/admin/box-office" method="get" role="search" aria-label="Bookings" className="flex flex-col gap-2 sm:flex-row sm:items-end">
      <div className="min-w-0 flex-1">
        <label htmlFor="booking-search" className="block text-sm font-medium text-slate-700">
          Reference, email or name
        </label>
        <input
          id="booking-search"
          name="q"
          type="search"
          defaultValue={query}
          required
          maxLength={200}
          autoComplete="off"
          placeholder="Z2NB-JF12, ada@example.com or Lovelace"
          className="mt-1 w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base"
        />
      </div>
      <button type="submit" className="rounded-md bg-indigo-600 px-4 py-2 font-semibold text-white hover:bg-indigo-700">
        Find bookings
      </button>
    </form>
  );
}
