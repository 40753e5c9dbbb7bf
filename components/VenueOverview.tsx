// A big venue seen from above: the stage and every section where it sits, coloured by how many seats are left,
// with its price range. Each section is a button that opens its seats. Drawn the same for customers and in the
// staff plan builder's preview. No seats are drawn here, so the page stays small however big the venue.
import { useRef, type KeyboardEvent } from "react";
import type { VenueLayout } from "@/lib/domain/venue-layout";
import { priceRange } from "./seat-map-theme";
import {
  AVAILABILITY_FILLS,
  AVAILABILITY_SWATCHES,
  AVAILABILITY_WORDS,
  availabilityOf,
  outlinePath,
  placement,
  type Availability,
  type SectionCount,
} from "./venue-geometry";
import { MAX_SCALE, MIN_SCALE, useMapZoom, viewBoxOf } from "./useMapZoom";

export interface VenueOverviewProps {
  layout: VenueLayout;
  counts: ReadonlyMap<string, SectionCount>;
  money: (cents: number) => string;
  /** Seats the viewer has chosen, per section name. */
  chosen?: ReadonlyMap<string, number>;
  onChoose?(section: string): void;
  /** A section is about to be chosen (pressed, focused): its seats can start loading. */
  onPreload?(section: string): void;
  /** A section to outline (the one being edited in the builder). */
  highlight?: string;
}

const LEGEND: Availability[] = ["plenty", "few", "last", "none"];

export function sectionLabel(name: string, count: SectionCount | undefined, money: (cents: number) => string, chosen = 0): string {
  if (!count) return `Section ${name}, no seats`;
  const left = count.available === 0 ? "sold out" : `${count.available.toLocaleString("en")} of ${count.total.toLocaleString("en")} available`;
  return `Section ${name}, ${left}, ${priceRange(count, money)}${chosen > 0 ? `, ${chosen} chosen` : ""}`;
}

const ZOOM_STEP = 1.5;
const ZOOM_BUTTON =
  "grid size-9 place-items-center text-lg leading-none hover:bg-slate-100 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-blue-700 disabled:cursor-not-allowed disabled:text-slate-300 disabled:hover:bg-transparent";

export function VenueOverview({ layout, counts, money, chosen, onChoose, onPreload, highlight }: VenueOverviewProps) {
  const { stage } = layout;
  const svg = useRef<SVGSVGElement>(null);
  const { view, zoomBy, reset, show, handlers } = useMapZoom(svg);
  const zoomed = view.scale > MIN_SCALE + 0.01;
  const keyDown = (name: string) => (event: KeyboardEvent<SVGGElement>) => {
    if (event.key !== "Enter" && event.key !== " ") return;
    event.preventDefault();
    onChoose?.(name);
  };

  return (
    <div>
      <div className="mx-auto max-w-[36rem]">
      <svg
        ref={svg}
        viewBox={viewBoxOf(view)}
        role={onChoose ? "group" : "img"}
        aria-label="Venue overview: choose a section"
        // Unzoomed, a swipe scrolls the page and a pinch zooms the map; zoomed in, one finger pans the map.
        style={{ touchAction: zoomed ? "none" : "pan-y" }}
        className={`block aspect-square w-full overflow-hidden rounded-lg select-none ${zoomed ? "cursor-grab active:cursor-grabbing" : ""}`}
        {...handlers}
      >
        <g transform={`translate(${stage.x} ${stage.y})`} aria-hidden="true">
          <rect x={-stage.width / 2} y={-stage.depth / 2} width={stage.width} height={stage.depth} rx={1.5} className="fill-slate-800" />
          <text textAnchor="middle" dominantBaseline="central" className="fill-slate-100 text-[2.6px] font-semibold tracking-[0.3em]">
            STAGE
          </text>
        </g>
        {layout.sections.map((section) => {
          const count = counts.get(section.name);
          const look = availabilityOf(count);
          const picked = chosen?.get(section.name) ?? 0;
          const label = sectionLabel(section.name, count, money, picked);
          const small = Math.min(section.width, section.depth) < 14;
          const upright = Math.abs(((section.angle % 180) + 180) % 180 - 90) < 45;
          return (
            <g
              key={section.name}
              role={onChoose ? "button" : undefined}
              tabIndex={onChoose ? 0 : undefined}
              aria-label={onChoose ? label : undefined}
              data-section={section.name}
              onClick={onChoose ? () => onChoose(section.name) : undefined}
              onKeyDown={onChoose ? keyDown(section.name) : undefined}
              onPointerDown={onPreload ? () => onPreload(section.name) : undefined}
              onFocus={() => {
                show(section.x, section.y);
                onPreload?.(section.name);
              }}
              className={`group outline-none ${onChoose ? "cursor-pointer" : ""}`}
            >
              {!onChoose && <title>{label}</title>}
              <path
                d={outlinePath(section.shape, section.width, section.depth)}
                transform={placement(section)}
                strokeWidth={highlight === section.name ? 0.9 : 0.4}
                className={`${AVAILABILITY_FILLS[look]} transition-[fill,stroke-width] duration-300 group-hover:stroke-[0.9] group-focus-visible:stroke-blue-700 group-focus-visible:stroke-[1.2] ${highlight === section.name ? "stroke-indigo-700" : ""}`}
              />
              <text
                x={section.x}
                y={section.y}
                textAnchor="middle"
                aria-hidden="true"
                transform={upright ? `rotate(${section.angle > 180 ? -90 : 90} ${section.x} ${section.y})` : undefined}
                className="pointer-events-none fill-slate-900"
              >
                <tspan x={section.x} dy={small ? "-0.6em" : "-1.1em"} className="text-[3.4px] font-semibold">
                  {section.name}
                </tspan>
                <tspan x={section.x} dy="1.25em" className="text-[2.8px]">
                  {count ? (count.available === 0 ? "Sold out" : `${count.available.toLocaleString("en")} left`) : ""}
                </tspan>
                {count && (
                  <tspan x={section.x} dy="1.2em" className="text-[2.8px]">
                    {priceRange(count, money)}
                  </tspan>
                )}
                {picked > 0 && (
                  <tspan x={section.x} dy="1.2em" className="fill-indigo-800 text-[2.8px] font-semibold">
                    {picked} chosen
                  </tspan>
                )}
              </text>
            </g>
          );
        })}
      </svg>
      <div className="mt-1 flex items-center justify-between gap-3">
        <p className="text-xs text-slate-500" aria-hidden="true">
          Pinch or scroll to zoom{zoomed ? ", drag to move around" : ""}.
        </p>
        <div className="flex shrink-0 overflow-hidden rounded-md border border-slate-300 bg-white text-slate-700 shadow-xs">
          {zoomed && (
            <button type="button" aria-label="Show the whole venue" onClick={reset} className={`${ZOOM_BUTTON} border-r border-slate-300 text-sm`}>
              <span aria-hidden="true">⤢</span>
            </button>
          )}
          <button type="button" aria-label="Zoom out of the venue" disabled={!zoomed} onClick={() => zoomBy(1 / ZOOM_STEP)} className={ZOOM_BUTTON}>
            −
          </button>
          <button
            type="button"
            aria-label="Zoom in on the venue"
            disabled={view.scale >= MAX_SCALE}
            onClick={() => zoomBy(ZOOM_STEP)}
            className={`${ZOOM_BUTTON} border-l border-slate-300`}
          >
            +
          </button>
        </div>
      </div>
      </div>
      <ul aria-label="Section colours" className="mt-2 flex flex-wrap justify-center gap-x-4 gap-y-1 text-xs text-slate-700">
        {LEGEND.map((look) => (
          <li key={look} className="flex items-center gap-1.5">
            <span aria-hidden="true" className={`inline-block size-3 rounded-sm border ${AVAILABILITY_SWATCHES[look]}`} />
            {AVAILABILITY_WORDS[look]}
          </li>
        ))}
      </ul>
    </div>
  );
}
