// The phone's view of the selection while picking: seats chosen, their total and the Hold button, pinned to the
// bottom of the screen (the selection panel itself is below the map there). Hidden on wide screens, where the
// panel sits beside the map. Its button submits the panel's form, so there is one hold form either way.
import { moneyFormatter } from "./seat-map-theme";

export interface HoldBarProps {
  form: string;
  count: number;
  totalCents: number;
  currency: string;
  pending: boolean;
}

export function HoldBar({ form, count, totalCents, currency, pending }: HoldBarProps) {
  return (
    <div
      data-testid="hold-bar"
      className="fixed inset-x-0 bottom-0 z-30 border-t border-slate-200 bg-white/95 px-4 pt-2.5 pb-[max(0.625rem,env(safe-area-inset-bottom))] shadow-[0_-4px_16px_rgb(15_23_42/0.08)] backdrop-blur lg:hidden"
    >
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-3">
        <p className="min-w-0 text-sm" aria-live="polite">
          {count === 0 ? (
            <span className="text-slate-600">No seats chosen yet</span>
          ) : (
            <>
              <span className="font-semibold text-slate-900">
                {count} {count === 1 ? "seat" : "seats"}
              </span>
              <span className="text-slate-600"> · </span>
              <span className="font-semibold tabular-nums text-slate-900">{moneyFormatter(currency)(totalCents)}</span>
            </>
          )}
        </p>
        <button
          type="submit"
          form={form}
          disabled={pending || count === 0}
          className="shrink-0 rounded-lg bg-indigo-600 px-4 py-2.5 text-sm font-semibold text-white hover:bg-indigo-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 disabled:cursor-not-allowed disabled:bg-slate-300"
        >
          {pending ? "Holding your seats…" : count === 0 ? "Select seats to hold" : `Hold ${count} ${count === 1 ? "seat" : "seats"}`}
        </button>
      </div>
    </div>
  );
}
