// The seats someone has chosen, with row, seat, tier and price, the total, and a warning about stranded seats.
// No card or heading of its own: it sits inside the page's selection panel.
import { compareRows, type SeatInfo } from "@/lib/domain/seat-selection";
import { seatNameFromId } from "@/lib/domain/seat-names";
import { moneyFormatter } from "./seat-map-theme";

export interface SelectionSummaryProps {
  /** The selected seats. */
  seats: readonly SeatInfo[];
  currency: string;
  /** Seat ids the selection would leave as single empty seats (from `orphanSeats`). */
  orphanWarning?: readonly string[];
  className?: string;
}

export function SelectionSummary({ seats, currency, orphanWarning = [], className = "" }: SelectionSummaryProps) {
  const money = moneyFormatter(currency);
  const sorted = [...seats].sort(
    (a, b) => a.section.localeCompare(b.section) || compareRows(a.row, b.row) || a.number - b.number,
  );
  const total = seats.reduce((sum, s) => sum + s.priceCents, 0);
  const stranded = orphanWarning.map(seatNameFromId);

  return (
    <div className={className}>
      {sorted.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">No seats chosen yet. Pick seats on the map.</p>
      ) : (
        <>
          <ul aria-label="Selected seats" className="mt-2 divide-y divide-slate-100 text-sm">
            {sorted.map((s) => (
              <li key={s.seatId} className="flex items-baseline justify-between gap-3 py-2">
                <span>
                  <span className="font-medium text-slate-900">
                    Row {s.row}, seat {s.number}
                  </span>
                  <span className="block text-xs text-slate-500">
                    {s.section} · {s.tier}
                  </span>
                </span>
                <span className="tabular-nums text-slate-900">{money(s.priceCents)}</span>
              </li>
            ))}
          </ul>
          <p className="mt-2 flex items-baseline justify-between border-t border-slate-200 pt-3 font-semibold text-slate-900">
            <span>
              Total <span className="font-normal text-slate-500">· {seats.length === 1 ? "1 seat" : `${seats.length} seats`}</span>
            </span>
            <span className="tabular-nums">{money(total)}</span>
          </p>
        </>
      )}
      <div aria-live="polite">
        {stranded.length > 0 && (
          <p className="mt-3 rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
            {stranded.length === 1 ? "This leaves a single empty seat: " : "This leaves single empty seats: "}
            {stranded.join(", ")}. Moving over a seat helps others sit together.
          </p>
        )}
      </div>
    </div>
  );
}
