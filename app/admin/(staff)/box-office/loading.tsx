// The desk while a search runs: the shape of the form and a few result rows.
export default function Loading() {
  return (
    <div aria-busy="true" className="space-y-5">
      <div className="h-8 w-44 animate-pulse rounded bg-slate-200" />
      <div className="h-11 animate-pulse rounded-md bg-slate-200" />
      <div className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white">
        {[0, 1, 2].map((i) => (
          <div key={i} className="h-16 animate-pulse bg-slate-100" />
        ))}
      </div>
      <span className="sr-only">Looking for bookings…</span>
    </div>
  );
}
