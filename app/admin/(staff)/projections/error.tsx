"use client";

/** Anything unexpected while rendering the page: say so and offer a retry. */
export default function ProjectionsError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div>
      <h1 className="text-2xl font-bold tracking-tight">Projections</h1>
      <div role="alert" className="mt-4 rounded border border-red-200 bg-red-50 p-3 text-red-900">
        <p>The projection page failed to load{error.digest ? ` (reference ${error.digest})` : ""}.</p>
        <button type="button" onClick={reset} className="mt-2 rounded border border-red-300 bg-white px-3 py-1 text-sm hover:bg-red-100">
          Try again
        </button>
      </div>
    </div>
  );
}
