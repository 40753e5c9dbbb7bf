/** The shape of a history page while its events load. */
export function HistoryLoading({ label }: { label: string }) {
  return (
    <div aria-busy="true">
      <div className="h-8 w-56 animate-pulse rounded bg-slate-200" />
      <div className="mt-4 space-y-2">
        {[0, 1, 2, 3, 4, 5].map((i) => (
          <div key={i} className="h-14 animate-pulse rounded-lg bg-slate-200" />
        ))}
      </div>
      <span className="sr-only">{label}</span>
    </div>
  );
}
