"use client";

export default function StaffErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="mx-auto max-w-xl py-12 text-center">
      <h1 className="text-2xl font-bold">This staff page could not load</h1>
      <p className="mt-2 text-slate-600">Nothing was changed. Try again; if it keeps failing, the server log names the problem.</p>
      {error.digest && <p className="mt-1 text-xs text-slate-400">Reference: {error.digest}</p>}
      <button onClick={reset} className="mt-6 rounded-lg bg-slate-900 px-4 py-2 font-semibold text-white hover:bg-slate-800">
        Try again
      </button>
    </div>
  );
}
