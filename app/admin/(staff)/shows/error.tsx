"use client";
// A show page that could not load: say so and offer a retry; the staff nav above stays usable.
export default function ShowsError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="rounded-xl border border-red-200 bg-red-50 p-6 text-red-900">
      <h1 className="text-lg font-semibold">This page could not be loaded</h1>
      <p className="mt-1 text-sm">Nothing was changed. {error.digest && <span className="text-xs">Reference: {error.digest}</span>}</p>
      <button onClick={reset} className="mt-4 rounded-md bg-red-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-red-800">
        Try again
      </button>
    </div>
  );
}
