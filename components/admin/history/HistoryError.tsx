"use client";

/** A history view that failed to load: say so, and offer a retry (the log itself is untouched). */
export function HistoryError({ error, reset, what }: { error: Error & { digest?: string }; reset: () => void; what: string }) {
  return (
    <div role="alert" className="rounded-lg border border-rose-200 bg-rose-50 px-4 py-6 text-center">
      <p className="font-semibold text-rose-900">Could not load {what}.</p>
      <p className="mt-1 text-sm text-rose-800">The event log is safe; this view failed to read it.</p>
      {error.digest && <p className="mt-1 text-xs text-rose-700">Reference: {error.digest}</p>}
      <button onClick={reset} className="mt-4 rounded-md bg-rose-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-rose-800">
        Try again
      </button>
    </div>
  );
}
