import type { RebuildProgressView } from "@/lib/admin/projection-views";

/** A rebuild's progress as an accessible bar: screen readers hear the percentage as it moves. */
export function RebuildProgress({ progress, error }: { progress: RebuildProgressView; error: string | null }) {
  const label = `Rebuild of ${progress.name}`;
  return (
    <div className="mt-3">
      <div className="flex items-baseline justify-between gap-2 text-sm">
        <span className="font-medium text-slate-700">{error ? "Rebuild failed" : progress.done ? "Rebuilt" : "Rebuilding…"}</span>
        <span className="tabular-nums text-slate-600" aria-hidden="true">
          {progress.percent}% · position {progress.position.toLocaleString("en")} of {progress.target.toLocaleString("en")}
        </span>
      </div>
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={progress.percent}
        aria-valuetext={`${progress.percent}%, position ${progress.position} of ${progress.target}`}
        className="mt-1 h-2.5 w-full overflow-hidden rounded-full bg-slate-200"
      >
        <div
          className={`h-full rounded-full transition-[width] duration-300 ${error ? "bg-red-600" : progress.done ? "bg-emerald-600" : "bg-indigo-600"}`}
          style={{ width: `${progress.percent}%` }}
        />
      </div>
      {error && (
        <p role="alert" className="mt-1 text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
