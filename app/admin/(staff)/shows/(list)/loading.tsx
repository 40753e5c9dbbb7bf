// The show list while it loads: the shape of its rows. Only the list's: the show pages beside it have
// their own, below their existence check (shows/[id]/layout.tsx).
export default function Loading() {
  return (
    <div aria-busy="true" className="space-y-4">
      <div className="h-8 w-40 animate-pulse rounded bg-slate-200" />
      <div className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white">
        {[0, 1, 2].map((i) => (
          <div key={i} className="h-20 animate-pulse bg-slate-100" />
        ))}
      </div>
      <span className="sr-only">Loading the shows…</span>
    </div>
  );
}
