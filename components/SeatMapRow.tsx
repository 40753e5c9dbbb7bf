"use client";
// One row of a seat map. Memoised on the row object (kept while none of its seats changed) and on plain strings
// for the row's selected, own and tabbable seats, so a live change or a click re-renders only its own row, and
// inside it only the seats whose props changed. Clicks and keys are handled once, on the map (event delegation).
import { memo } from "react";
import type { SeatRow } from "@/lib/domain/seat-selection";
import { LOOK_FILLS, LOOK_WORDS, seatLook } from "./seat-map-theme";

export interface SeatMapRowProps {
  row: SeatRow;
  /** Tier name → fill class; kept while the tiers are the same. */
  fills: ReadonlyMap<string, string>;
  money: (cents: number) => string;
  /** Space-separated ids of this row's selected seats ("" for none): a string, so the memo compares by value. */
  selectedIds: string;
  mineIds: string;
  tabbableSeatId: string | null;
}

const has = (ids: string, seatId: string) => ids !== "" && ` ${ids} `.includes(` ${seatId} `);

export const SeatMapRow = memo(function SeatMapRow({
  row,
  fills,
  money,
  selectedIds,
  mineIds,
  tabbableSeatId,
}: SeatMapRowProps) {
  return (
    <div role="row" className="flex items-center gap-(--seat-gap)">
      {/* Row labels stay in view while the map scrolls sideways. */}
      <span
        role="rowheader"
        className="sticky left-0 z-[5] w-6 shrink-0 bg-white pr-1 text-right text-[10px] leading-(--seat) font-semibold text-slate-500"
      >
        <span className="sr-only">Row </span>
        {row.row}
      </span>
      {row.seats.map((seat) =>
        seat.status === "removed" ? (
          <span key={seat.seatId} aria-hidden="true" className="size-(--seat) shrink-0" />
        ) : (
          <span key={seat.seatId} role="gridcell" className="flex shrink-0">
            <SeatButton
              seatId={seat.seatId}
              row={seat.row}
              number={seat.number}
              tier={seat.tier}
              price={money(seat.priceCents)}
              status={seat.status}
              fill={fills.get(seat.tier) ?? "bg-slate-500"}
              selected={has(selectedIds, seat.seatId)}
              mine={has(mineIds, seat.seatId)}
              tabbable={seat.seatId === tabbableSeatId}
            />
          </span>
        ),
      )}
      <span
        aria-hidden="true"
        className="sticky right-0 z-[5] w-6 shrink-0 bg-white pl-1 text-[10px] leading-(--seat) font-semibold text-slate-500"
      >
        {row.row}
      </span>
    </div>
  );
});

interface SeatButtonProps {
  seatId: string;
  row: string;
  number: number;
  tier: string;
  price: string;
  status: SeatRow["seats"][number]["status"];
  fill: string;
  selected: boolean;
  mine: boolean;
  tabbable: boolean;
}

// Sized by the map's --seat variable, so zooming restyles the map without re-rendering a single seat.
const BASE =
  "relative flex size-(--seat) items-center justify-center rounded-t-[40%] rounded-b-[18%] transition-[background-color,box-shadow] duration-300 " +
  "focus-visible:z-10 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-solid focus-visible:outline-blue-700";
const TOGGLEABLE = "cursor-pointer hover:ring-2 hover:ring-slate-900 hover:ring-offset-1";

const SeatButton = memo(function SeatButton({
  seatId,
  row,
  number,
  tier,
  price,
  status,
  fill,
  selected,
  mine,
  tabbable,
}: SeatButtonProps) {
  const look = seatLook(status, selected, mine);
  // A seat taken since it was selected can still be deselected; the viewer's own held seats are not choosable.
  const toggleable = look === "available" || look === "selected" || look === "lost";
  const label = `Row ${row} seat ${number}, ${tier}, ${price}, ${LOOK_WORDS[look]}`;
  return (
    <button
      type="button"
      data-seat-id={seatId}
      tabIndex={tabbable ? 0 : -1}
      aria-label={label}
      aria-pressed={selected}
      aria-disabled={toggleable ? undefined : true}
      className={`${BASE} ${look === "available" ? fill : LOOK_FILLS[look]} ${toggleable ? TOGGLEABLE : "cursor-not-allowed"}`}
    >
      {look === "selected" || look === "mine" ? (
        <svg viewBox="0 0 12 12" aria-hidden="true" className="size-[66%]">
          <path d="M2.5 6.3l2.4 2.4 4.6-5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
      ) : look === "lost" ? (
        <svg viewBox="0 0 12 12" aria-hidden="true" className="size-[55%]">
          <path d="M3 3l6 6M9 3l-6 6" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
      ) : null}
    </button>
  );
});
