// The dashboard while its data loads, so nothing jumps when it arrives. In a route group of its own: a
// loading.tsx for all of (staff) would start streaming (status 200) before a show page can answer 404.
export default function Loading() {
  return (
    <div aria-busy="true" className="space-y-6">
      <div className="h-8 w-48 animate-pulse rounded bg-slate-200" />
      <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
        {[0, 1, 2].map((i) => (
          <div key={i} className="h-36 animate-pulse rounded-xl bg-slate-200" />
        ))}
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <div className="h-60 animate-pulse rounded-xl bg-slate-200" />
        <div className="h-60 animate-pulse rounded-xl bg-slate-200" />
      </div>
      <span className="sr-only">Loading…</span>
    </div>
  );
}
