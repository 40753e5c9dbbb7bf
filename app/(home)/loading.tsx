// In a route group with its own loading state: a loading.tsx at the root would wrap every page in a
// Suspense boundary that starts streaming (status 200) before a page can answer 404.
export default function Loading() {
  return (
    <main className="mx-auto max-w-6xl px-4 py-8" aria-busy="true">
      <div className="h-8 w-64 animate-pulse rounded bg-slate-200" />
      <div className="mt-6 grid gap-4 sm:grid-cols-2">
        {[0, 1, 2, 3].map((i) => (
          <div key={i} className="h-32 animate-pulse rounded-xl bg-slate-200" />
        ))}
      </div>
      <span className="sr-only">Loading…</span>
    </main>
  );
}
