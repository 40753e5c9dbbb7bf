// What the seat colours mean: each price tier (dearest first, with its price and seats left) and each status.
import { memo } from "react";
import type { SeatInfo } from "@/lib/domain/seat-selection";
import { LOOK_FILLS, moneyFormatter, priceRange, tiersOf, type TierInfo } from "./seat-map-theme";

export interface SeatLegendProps {
  seats: readonly SeatInfo[];
  /** The tiers of `seats` when already counted (SeatMap keeps them up to date); counted here otherwise. */
  tiers?: TierInfo[];
  currency: string;
  className?: string;
}

const SWATCH = "inline-block size-3.5 shrink-0 rounded-t-[5px] rounded-b-[2px]";

const STATUSES = [
  { look: "selected", label: "Your selection" },
  { look: "mine", label: "Held for you" },
  { look: "held", label: "Held by someone" },
  { look: "booked", label: "Booked" },
] as const;

/** Memoised: it counts seats left per tier, so it re-renders only when the seats or the currency change. */
export const SeatLegend = memo(function SeatLegend({ seats, tiers: counted, currency, className = "" }: SeatLegendProps) {
  const money = moneyFormatter(currency);
  const tiers = counted ?? tiersOf(seats);
  return (
    <div className={`flex flex-col gap-2 text-sm sm:flex-row sm:flex-wrap sm:items-center sm:gap-x-6 ${className}`}>
      <ul aria-label="Price tiers" className="flex flex-wrap gap-x-4 gap-y-1.5">
        {tiers.map((t) => (
          <li key={t.tier} className="flex items-center gap-1.5">
            <span aria-hidden="true" className={`${SWATCH} ${t.fill}`} />
            <span className="font-medium text-slate-900">{t.tier}</span>
            <span className="text-slate-700">{priceRange(t, money)}</span>
            <span className="text-xs text-slate-500">
              ({t.available === 0 ? "sold out" : `${t.available.toLocaleString("en")} left`})
            </span>
          </li>
        ))}
      </ul>
      <ul aria-label="Seat status" className="flex flex-wrap gap-x-4 gap-y-1.5 text-slate-700">
        {STATUSES.map(({ look, label }) => (
          <li key={look} className="flex items-center gap-1.5">
            <span aria-hidden="true" className={`${SWATCH} ${LOOK_FILLS[look]}`} />
            {label}
          </li>
        ))}
      </ul>
    </div>
  );
});
