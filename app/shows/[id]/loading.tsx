export default function Loading() {
  return (
    <main className="mx-auto max-w-6xl px-4 py-6" aria-busy="true">
      <div className="h-8 w-72 animate-pulse rounded bg-slate-200" />
      <div className="mt-2 h-4 w-96 max-w-full animate-pulse rounded bg-slate-200" />
      <div className="mt-6 h-96 animate-pulse rounded-xl bg-slate-200" />
      <span className="sr-only">Loading the seat map…</span>
    </main>
  );
}
