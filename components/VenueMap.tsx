"use client";
// The seat map as the venue's layout asks for it. A room ("direct"): every seat at once, sections in the venue's
// order. A big venue ("overview"): the venue from above first, then only the chosen section's seats, so a
// 5,000-seat arena puts a few dozen elements on the page instead of 5,000 buttons.
import { memo, useEffect, useMemo, useRef, type ReactNode } from "react";
import { layoutFor, type VenueLayout } from "@/lib/domain/venue-layout";
import { SeatMap, type SeatMapProps } from "./SeatMap";
import { moneyFormatter, priceRange } from "./seat-map-theme";
import { countSections, type SectionCount } from "./venue-geometry";
import type { SectionLoad } from "./useSectionSeats";
import { VenueOverview } from "./VenueOverview";

export interface VenueMapProps extends Omit<SeatMapProps, "sectionOrder"> {
  /** The stored layout; null draws the default one. */
  layout: VenueLayout | null;
  /** The open section of an overview (null: the overview itself). */
  openSection: string | null;
  onOpenSection(section: string | null): void;
  /** Shown above the overview (e.g. best available), inside the map's card. */
  children?: ReactNode;
  /**
   * Per-section counts when `seats` holds only the sections loaded so far (a customer's overview); without it
   * every seat is given and counted here (a room, the plan builder's preview).
   */
  sectionCounts?: ReadonlyMap<string, SectionCount>;
  /** The open section's seats are on their way, or could not be loaded. */
  sectionLoad?: SectionLoad | null;
  /** A section about to be opened (pointer down, focus): its seats can start loading. */
  onPreloadSection?(section: string): void;
}

/** Section names in the order their seats first appear. */
function sectionNames(seats: SeatMapProps["seats"]): string[] {
  const names = new Set<string>();
  for (const seat of seats) names.add(seat.section);
  return [...names];
}

export const VenueMap = memo(function VenueMap({
  layout: stored,
  openSection,
  onOpenSection,
  children,
  sectionCounts,
  sectionLoad = null,
  onPreloadSection,
  ...map
}: VenueMapProps) {
  const { seats, selected, currency } = map;
  const counts = useMemo(() => sectionCounts ?? countSections(seats), [sectionCounts, seats]);
  const names = useMemo(() => (sectionCounts ? [...sectionCounts.keys()] : sectionNames(seats)).join("\n"), [sectionCounts, seats]);
  const seatCount = useMemo(() => [...counts.values()].reduce((sum, c) => sum + c.total, 0), [counts]);
  const layout = useMemo(() => layoutFor(stored, names ? names.split("\n") : [], seatCount), [stored, names, seatCount]);
  const order = useMemo(() => layout.sections.map((s) => s.name), [layout]);
  const money = useMemo(() => moneyFormatter(currency), [currency]);
  const chosen = useMemo(() => {
    const bySection = new Map<string, number>();
    for (const seat of seats) if (selected.has(seat.seatId)) bySection.set(seat.section, (bySection.get(seat.section) ?? 0) + 1);
    return bySection;
  }, [seats, selected]);
  const sectionSeats = useMemo(() => (openSection ? seats.filter((s) => s.section === openSection) : []), [seats, openSection]);
  const heading = useRef<HTMLParagraphElement>(null);
  const opened = useRef(false);

  // Moving between the overview and a section moves focus with it, so keyboard and screen-reader users follow.
  useEffect(() => {
    if (!opened.current) {
      opened.current = true;
      return;
    }
    if (openSection) heading.current?.focus();
    else document.querySelector<SVGGElement>(`[data-section]`)?.focus();
  }, [openSection]);

  if (layout.map === "direct") return <SeatMap {...map} sectionOrder={order} />;

  const count = openSection ? counts.get(openSection) : undefined;
  if (openSection && count)
    return (
      <div className="w-full min-w-0">
        <div className="mb-3 flex flex-wrap items-center gap-x-3 gap-y-1">
          <button
            type="button"
            onClick={() => onOpenSection(null)}
            className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 shadow-xs hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700"
          >
            <span aria-hidden="true">← </span>All sections
          </button>
          {/* Not a heading: the section's grid below has its own, with the same name. */}
          <p ref={heading} tabIndex={-1} data-testid="open-section" className="text-base font-semibold text-slate-900 outline-none">
            {openSection}
            <span className="text-sm font-normal text-slate-600">
              {" "}
              · {priceRange(count, money)}
            </span>
          </p>
        </div>
        {sectionSeats.length > 0 ? (
          <SeatMap {...map} seats={sectionSeats} sectionOrder={order} />
        ) : sectionLoad === "failed" ? (
          <div role="alert" className="rounded-xl border border-red-200 bg-red-50 p-6 text-sm text-red-800">
            The seats of {openSection} could not be loaded.{" "}
            <button type="button" onClick={() => onOpenSection(openSection)} className="font-semibold underline">
              Try again
            </button>
          </div>
        ) : (
          <p role="status" className="animate-pulse rounded-xl border border-slate-200 bg-white p-6 text-center text-sm text-slate-600">
            Loading the seats of {openSection}…
          </p>
        )}
      </div>
    );

  return (
    <div className="w-full min-w-0 rounded-xl border border-slate-200 bg-white p-3 shadow-sm sm:p-4">
      {children}
      <p className="mb-2 text-center text-sm text-slate-600">Choose a section to see its seats.</p>
      <VenueOverview layout={layout} counts={counts} money={money} chosen={chosen} onChoose={onOpenSection} onPreload={onPreloadSection} />
    </div>
  );
});
