// A show's management page while it loads (below the layout that answers 404 for an unknown show).
export default function Loading() {
  return (
    <div aria-busy="true" className="space-y-5">
      <div className="h-4 w-20 animate-pulse rounded bg-slate-200" />
      <div className="h-8 w-72 animate-pulse rounded bg-slate-200" />
      <div className="h-16 animate-pulse rounded-xl bg-slate-200" />
      {[0, 1, 2].map((i) => (
        <div key={i} className="h-32 animate-pulse rounded-xl bg-slate-200" />
      ))}
      <span className="sr-only">Loading the show…</span>
    </div>
  );
}
