"use client";
// One section of a seat map (a grid of rows), with its name and how many seats are left in it. Memoised: it
// re-renders only when one of its own seats, its selection or its tab stop changes.
import { memo, useId, useMemo } from "react";
import type { SeatSection } from "@/lib/domain/seat-selection";
import { SeatMapRow } from "./SeatMapRow";

export interface SeatMapSectionProps {
  section: SeatSection;
  /** Seats in the section (removed ones aside), and seats still available. */
  total: number;
  available: number;
  fills: ReadonlyMap<string, string>;
  money: (cents: number) => string;
  /** This section's selected seats as space-separated "<row index>:<seat id>" tokens ("" for none). */
  selectedIds: string;
  mineIds: string;
  tabbableSeatId: string | null;
  disabled: boolean;
}

/** Splits "<row index>:<seat id>" tokens by row, as space-separated ids again (so each row's memo holds). */
function idsByRow(tokens: string): Map<number, string> {
  const byRow = new Map<number, string>();
  if (tokens === "") return byRow;
  for (const token of tokens.split(" ")) {
    const colon = token.indexOf(":");
    const row = Number(token.slice(0, colon));
    const id = token.slice(colon + 1);
    const ids = byRow.get(row);
    byRow.set(row, ids === undefined ? id : `${ids} ${id}`);
  }
  return byRow;
}

export const SeatMapSection = memo(function SeatMapSection({
  section,
  total,
  available,
  fills,
  money,
  selectedIds,
  mineIds,
  tabbableSeatId,
  disabled,
}: SeatMapSectionProps) {
  const selectedByRow = useMemo(() => idsByRow(selectedIds), [selectedIds]);
  const mineByRow = useMemo(() => idsByRow(mineIds), [mineIds]);
  const headingId = useId();

  return (
    <section aria-labelledby={headingId} className="flex w-full flex-col items-center">
      {/* As wide as the visible part of the map and pinned to it, so the name stays in view however it scrolls. */}
      <h3
        id={headingId}
        className="sticky right-0 left-0 mb-2 flex w-[100cqw] items-baseline justify-center gap-2 self-start text-sm font-semibold text-slate-800"
      >
        {section.name}
        <span className="text-xs font-normal text-slate-500">
          {available === 0 ? "sold out" : `${available.toLocaleString("en")} of ${total.toLocaleString("en")} left`}
        </span>
      </h3>
      <div
        role="grid"
        aria-label={`${section.name} seats`}
        aria-disabled={disabled || undefined}
        className="flex flex-col gap-(--seat-gap) px-3 sm:px-6"
      >
        {section.rows.map((row, i) => (
          <SeatMapRow
            key={row.key}
            row={row}
            fills={fills}
            money={money}
            selectedIds={selectedByRow.get(i) ?? ""}
            mineIds={mineByRow.get(i) ?? ""}
            tabbableSeatId={tabbableSeatId !== null && row.seats.some((s) => s.seatId === tabbableSeatId) ? tabbableSeatId : null}
          />
        ))}
      </div>
    </section>
  );
});
