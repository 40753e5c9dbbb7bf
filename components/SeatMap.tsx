"use client";
// The live seat map: a stage, then each section as a keyboard grid of seat buttons with one tab stop.
// Built for a 5,000-seat arena: rows are kept (same object) while none of their seats changed (seat-map-layout.ts),
// selection reaches rows as plain strings, and clicks, keys, focus and hover are handled once here by event
// delegation, so a live status change or a click re-renders one row and, inside it, only the seats that changed.
import {
  memo,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
  type PointerEvent,
} from "react";
import type { SeatInfo } from "@/lib/domain/seat-selection";
import { firstOpenSeat, layoutOf, moveFocus, seatAt, type SeatLayout } from "./seat-map-layout";
import { SeatLegend } from "./SeatLegend";
import { SeatMapSection } from "./SeatMapSection";
import { LOOK_WORDS, moneyFormatter, seatLook } from "./seat-map-theme";

export { SeatLegend } from "./SeatLegend";
export { SelectionSummary } from "./SelectionSummary";
export type { SeatInfo } from "@/lib/domain/seat-selection";

export interface SeatMapProps {
  /** Every seat of the show. Pass a new array when a seat changes; unchanged seats may keep their objects. */
  seats: SeatInfo[];
  selected: ReadonlySet<string>;
  /** Seats held (or booked) by the viewer: shown as "yours", not choosable again. */
  mine?: ReadonlySet<string>;
  onToggle(seatId: string): void;
  /** ISO 4217 code of the prices, e.g. "EUR". */
  currency: string;
  /** While true nothing can be toggled (e.g. while a hold is being placed). */
  disabled?: boolean;
  /** Past this many selected seats, choosing another is refused with a message (deselecting always works). */
  maxSelectable?: number;
  /** Show the tier and status legend above the map (default true). */
  showLegend?: boolean;
  /** Section names in the venue's order (its layout); without it, dearest section first. */
  sectionOrder?: readonly string[];
}

function useLayout(seats: SeatInfo[], order: readonly string[] | undefined): SeatLayout {
  const [kept, setKept] = useState(() => ({ order, layout: layoutOf(seats, null, order) }));
  if (kept.layout.seats === seats && kept.order === order) return kept.layout;
  // New seats from the parent: derive during render (React's "adjusting state when a prop changes").
  const next = kept.order === order ? layoutOf(seats, kept.layout, order) : layoutOf(seats, null, order);
  setKept({ order, layout: next });
  return next;
}

const seatIdFrom = (target: EventTarget | null): string | null =>
  target instanceof Element ? (target.closest<HTMLElement>("[data-seat-id]")?.dataset.seatId ?? null) : null;

/**
 * Per section, its seats among `ids` as sorted "<row index>:<seat id>" tokens joined by spaces: a string, so a
 * section's memo holds while its own seats are unchanged, and the section can split it by row without a lookup.
 */
function idsBySection(ids: ReadonlySet<string> | undefined, layout: SeatLayout): Map<number, string> {
  const bySection = new Map<number, string[]>();
  for (const id of ids ?? []) {
    const slot = layout.slots.get(id);
    if (slot) bySection.set(slot.section, [...(bySection.get(slot.section) ?? []), `${slot.row}:${id}`]);
  }
  return new Map([...bySection].map(([section, tokens]) => [section, tokens.sort().join(" ")]));
}

/** Seat sizes in px. */
const ZOOM_LEVELS = [12, 15, 18, 22, 28] as const;
/** 18 px: what the server renders, and the smallest a seat gets by itself on a touch screen. */
const DEFAULT_ZOOM = 2;
/** Until someone zooms, the map takes the largest size up to 22 px whose widest row fits, down to 15 px with a
 * mouse (18 px on touch); past that it scrolls sideways. */
const FIT_MAX = 3;
const FIT_MIN_MOUSE = 1;

/** Below the 22 px fit size, the gap keeps seat centres 24 px apart: WCAG 2.5.8's target spacing, so a
 * seat smaller than 24 px is still easy to hit. The 12 px overview level, chosen by zooming out, is tighter. */
const MIN_PITCH = 24;
const gapFor = (seatSize: number) =>
  Math.max(2, Math.round(seatSize / 6), seatSize >= ZOOM_LEVELS[FIT_MIN_MOUSE] ? MIN_PITCH - seatSize : 0);

/** Width of the map at a seat size: the widest row's seats and gaps, two 24 px row labels, padding and border. */
const mapWidth = (seatSize: number, seatsInRow: number) =>
  seatsInRow * seatSize + (seatsInRow + 1) * gapFor(seatSize) + 2 * 24 + 2 * 24 + 2;

interface Hint {
  seatId: string;
  x: number;
  y: number;
}

/** Memoised: a parent that re-renders for other reasons (a countdown, a form) costs the map nothing. */
export const SeatMap = memo(function SeatMap({
  seats,
  selected,
  mine,
  onToggle,
  currency,
  disabled = false,
  maxSelectable,
  showLegend = true,
  sectionOrder,
}: SeatMapProps) {
  const layout = useLayout(seats, sectionOrder);
  const { sections, fills } = layout;
  const money = useMemo(() => moneyFormatter(currency), [currency]);
  const contentRef = useRef<HTMLDivElement>(null);
  const scrollerRef = useRef<HTMLDivElement>(null);
  const [zoom, setZoom] = useState(DEFAULT_ZOOM);
  /** The horizontal middle of the view, as a share of the map's width: kept across zooms, centred at first. */
  const viewCentre = useRef(0.5);
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const [notice, setNotice] = useState("");
  const [hint, setHint] = useState<Hint | null>(null);
  /** Which sides of a map wider than the screen have more seats out of view. */
  const [moreTo, setMoreTo] = useState({ left: false, right: false });

  const firstOpen = useMemo(() => firstOpenSeat(layout), [layout]);
  const canFocus = (id: string | null) => id !== null && (seatAt(layout, id)?.status ?? "removed") !== "removed";
  // The one seat in the tab order: the last one focused, else the first selected, else the first open seat.
  const tabbableId = canFocus(focusedId) ? focusedId : ([...selected].find(canFocus) ?? firstOpen);
  const tabbableSection = tabbableId === null ? undefined : layout.slots.get(tabbableId)?.section;

  const selectedBySection = idsBySection(selected, layout);
  const mineBySection = idsBySection(mine, layout);

  function toggle(seatId: string) {
    const seat = seatAt(layout, seatId);
    if (!seat || disabled) return;
    const look = seatLook(seat.status, selected.has(seatId), mine?.has(seatId) ?? false);
    if (look === "held" || look === "booked" || look === "mine") return;
    if (look === "available" && maxSelectable !== undefined && selected.size >= maxSelectable) {
      setNotice(`You can choose up to ${maxSelectable} seat${maxSelectable === 1 ? "" : "s"} at a time.`);
      return;
    }
    setNotice("");
    onToggle(seatId);
  }

  function showHint(seatId: string, button: Element) {
    const content = contentRef.current;
    if (!content) return;
    const box = button.getBoundingClientRect();
    const area = content.getBoundingClientRect();
    // Kept inside the map, so a hint over an edge seat is not cut off.
    const x = Math.min(Math.max(box.left - area.left + box.width / 2, 96), area.width - 96);
    setHint({ seatId, x, y: box.top - area.top });
  }

  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const seatId = seatIdFrom(event.target);
    if (seatId) toggle(seatId);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const seatId = seatIdFrom(event.target);
    if (!seatId || event.altKey || event.metaKey) return;
    const next = moveFocus(layout, seatId, event.key, event.ctrlKey);
    if (next === null) return;
    event.preventDefault();
    setFocusedId(next);
    // The target button is already in the page (only its tabIndex changes), so it can take focus right away.
    contentRef.current?.querySelector<HTMLElement>(`[data-seat-id="${CSS.escape(next)}"]`)?.focus();
  };

  const onFocus = (event: FocusEvent<HTMLDivElement>) => {
    const seatId = seatIdFrom(event.target);
    if (!seatId) return;
    setFocusedId(seatId);
    if (event.target.matches(":focus-visible")) showHint(seatId, event.target);
  };

  const onPointerOver = (event: PointerEvent<HTMLDivElement>) => {
    if (event.pointerType !== "mouse") return;
    const seatId = seatIdFrom(event.target);
    const button = event.target instanceof Element ? event.target.closest("[data-seat-id]") : null;
    if (seatId && button) showHint(seatId, button);
    else setHint(null);
  };

  const hasSeats = sections.length > 0;
  const userZoomed = useRef(false);
  const widestRow = useMemo(() => Math.max(0, ...sections.flatMap((s) => s.rows.map((r) => r.seats.length))), [sections]);

  function edges() {
    const scroller = scrollerRef.current;
    if (!scroller) return;
    const left = scroller.scrollLeft > 4;
    const right = scroller.scrollLeft + scroller.clientWidth < scroller.scrollWidth - 4;
    setMoreTo((was) => (was.left === left && was.right === right ? was : { left, right }));
  }

  useEffect(() => {
    const scroller = scrollerRef.current;
    if (!scroller || userZoomed.current) return;
    const fit = () => {
      if (userZoomed.current) return;
      const smallest = window.matchMedia("(pointer: coarse)").matches ? DEFAULT_ZOOM : FIT_MIN_MOUSE;
      let level = FIT_MAX;
      while (level > smallest && mapWidth(ZOOM_LEVELS[level] ?? 18, widestRow) > scroller.clientWidth) level -= 1;
      setZoom(level);
    };
    const observer = new ResizeObserver(() => {
      fit();
      edges();
    });
    observer.observe(scroller);
    return () => observer.disconnect();
  }, [widestRow, hasSeats]);

  useLayoutEffect(() => {
    const scroller = scrollerRef.current;
    if (scroller) scroller.scrollLeft = viewCentre.current * scroller.scrollWidth - scroller.clientWidth / 2;
    edges();
  }, [zoom, hasSeats]);

  function zoomTo(level: number) {
    const scroller = scrollerRef.current;
    if (scroller) viewCentre.current = (scroller.scrollLeft + scroller.clientWidth / 2) / scroller.scrollWidth;
    userZoomed.current = true;
    setHint(null);
    setZoom(Math.max(0, Math.min(ZOOM_LEVELS.length - 1, level)));
  }

  const seatSize = ZOOM_LEVELS[zoom] ?? 18;
  const sizing = { "--seat": `${seatSize}px`, "--seat-gap": `${gapFor(seatSize)}px` } as CSSProperties;
  const hintSeat = hint ? seatAt(layout, hint.seatId) : undefined;

  if (!hasSeats)
    return <p className="rounded-xl border border-slate-200 bg-white p-6 text-slate-600">This show has no seats yet.</p>;

  return (
    <div className="w-full min-w-0">
      {showLegend && <SeatLegend seats={seats} tiers={layout.tiers} currency={currency} className="mb-3" />}
      <div className="mb-2 flex items-center justify-between gap-3">
        <p role="status" className={notice ? "text-sm font-medium text-amber-800" : "text-xs text-slate-500"}>
          {notice || <span aria-hidden="true">Tap or click a seat to choose it; arrow keys move between seats.</span>}
        </p>
        <div className="flex shrink-0 overflow-hidden rounded-md border border-slate-300 bg-white text-slate-700 shadow-xs">
          <button
            type="button"
            aria-label="Zoom out"
            disabled={zoom === 0}
            onClick={() => zoomTo(zoom - 1)}
            className="grid size-8 place-items-center text-lg leading-none hover:bg-slate-100 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-blue-700 disabled:cursor-not-allowed disabled:text-slate-300 disabled:hover:bg-transparent"
          >
            −
          </button>
          <button
            type="button"
            aria-label="Zoom in"
            disabled={zoom === ZOOM_LEVELS.length - 1}
            onClick={() => zoomTo(zoom + 1)}
            className="grid size-8 place-items-center border-l border-slate-300 text-lg leading-none hover:bg-slate-100 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-blue-700 disabled:cursor-not-allowed disabled:text-slate-300 disabled:hover:bg-transparent"
          >
            +
          </button>
        </div>
      </div>
      {(moreTo.left || moreTo.right) && (
        <p className="mb-1.5 text-center text-xs font-medium text-indigo-800" data-testid="scroll-hint">
          <span aria-hidden="true">{moreTo.left ? "← " : ""}</span>
          Swipe sideways to see the whole row
          <span aria-hidden="true">{moreTo.right ? " →" : ""}</span>
        </p>
      )}
      <div className="relative">
      <div
        ref={scrollerRef}
        onScroll={edges}
        className="@container overflow-x-auto overscroll-x-contain rounded-xl border border-slate-200 bg-white shadow-sm"
      >
        <div
          ref={contentRef}
          style={sizing}
          className={`relative w-max min-w-full pt-4 pb-6 ${disabled ? "cursor-progress opacity-60" : ""}`}
          onClick={onClick}
          onKeyDown={onKeyDown}
          onFocus={onFocus}
          onBlur={() => setHint(null)}
          onPointerOver={onPointerOver}
          onPointerLeave={() => setHint(null)}
        >
          <div
            aria-hidden="true"
            className="mx-auto mb-8 w-[min(32rem,70%)] rounded-b-[50%_100%] bg-gradient-to-b from-slate-700 to-slate-900 py-2 text-center text-[11px] font-semibold tracking-[0.4em] text-slate-100 shadow"
          >
            STAGE
          </div>
          <div className="flex flex-col items-center gap-8">
            {sections.map((section, i) => (
              <SeatMapSection
                key={section.name}
                section={section}
                total={layout.counts[i]?.total ?? 0}
                available={layout.counts[i]?.available ?? 0}
                fills={fills}
                money={money}
                selectedIds={selectedBySection.get(i) ?? ""}
                mineIds={mineBySection.get(i) ?? ""}
                tabbableSeatId={tabbableSection === i ? tabbableId : null}
                disabled={disabled}
              />
            ))}
          </div>
          {hint && hintSeat && (
            <div
              aria-hidden="true"
              style={{ left: hint.x, top: hint.y }}
              className="pointer-events-none absolute z-20 -translate-x-1/2 -translate-y-[calc(100%+8px)] rounded-md bg-slate-900 px-2.5 py-1.5 text-center text-xs whitespace-nowrap text-white shadow-lg"
            >
              <div className="font-semibold">
                {hintSeat.section} · Row {hintSeat.row} seat {hintSeat.number}
              </div>
              <div className="text-slate-300">
                {hintSeat.tier} · {money(hintSeat.priceCents)} ·{" "}
                {LOOK_WORDS[seatLook(hintSeat.status, selected.has(hintSeat.seatId), mine?.has(hintSeat.seatId) ?? false)]}
              </div>
            </div>
          )}
        </div>
      </div>
      {/* Shades on the sides with seats out of view: the map plainly goes on. */}
      <div aria-hidden="true" className={`pointer-events-none absolute inset-y-px left-px w-8 rounded-l-xl bg-gradient-to-r from-slate-900/15 to-transparent transition-opacity ${moreTo.left ? "opacity-100" : "opacity-0"}`} />
      <div aria-hidden="true" className={`pointer-events-none absolute inset-y-px right-px w-8 rounded-r-xl bg-gradient-to-l from-slate-900/15 to-transparent transition-opacity ${moreTo.right ? "opacity-100" : "opacity-0"}`} />
      </div>
    </div>
  );
});
