/** Shown while the status is read: placeholders in the shape of the cards, so the page does not jump. */
export default function Loading() {
  return (
    <div aria-busy="true">
      <h1 className="text-2xl font-bold tracking-tight">Projections</h1>
      <p className="mt-1 text-slate-600" role="status">
        Reading checkpoints…
      </p>
      <div className="mt-8 grid gap-4 lg:grid-cols-2">
        {[0, 1, 2, 3].map((i) => (
          <div key={i} className="h-40 animate-pulse rounded-lg border border-slate-200 bg-white" />
        ))}
      </div>
    </div>
  );
}
