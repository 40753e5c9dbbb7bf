// How a venue layout is drawn: each section's outline as an SVG path, and each section's seats counted for the
// overview. Pure, shared by the customer's overview and the plan builder's preview so they always agree.
import type { SectionCount } from "@/lib/domain/section-counts";
import type { SectionLayout, SectionShape } from "@/lib/domain/venue-layout";

/** The outline of a section around its own centre, row A (the stage side) at the top, before its angle. */
export function outlinePath(shape: SectionShape, width: number, depth: number): string {
  const w = width / 2;
  const d = depth / 2;
  const r = (n: number) => Math.round(n * 100) / 100;
  switch (shape) {
    case "trapezoid":
      return `M${r(-w * 0.72)} ${r(-d)}H${r(w * 0.72)}L${r(w)} ${r(d)}H${r(-w)}Z`;
    case "arc": {
      // Both edges bow away from the stage, as a stand curving round it does.
      const bow = Math.min(width * 0.08, depth * 0.45);
      return `M${r(-w)} ${r(-d)}Q0 ${r(-d + 2 * bow)} ${r(w)} ${r(-d)}L${r(w)} ${r(d - bow)}Q0 ${r(d + bow)} ${r(-w)} ${r(d - bow)}Z`;
    }
    default:
      return `M${r(-w)} ${r(-d)}H${r(w)}V${r(d)}H${r(-w)}Z`;
  }
}

export const placement = (section: Pick<SectionLayout, "x" | "y" | "angle">) =>
  `translate(${section.x} ${section.y}) rotate(${section.angle})`;

export { countSections, type SectionCount } from "@/lib/domain/section-counts";

export type Availability = "plenty" | "few" | "last" | "none";

/** How full a section looks from afar. */
export function availabilityOf(count: SectionCount | undefined): Availability {
  if (!count || count.available === 0) return "none";
  const share = count.available / count.total;
  return share >= 0.5 ? "plenty" : share >= 0.15 ? "few" : "last";
}

export const AVAILABILITY_WORDS: Record<Availability, string> = {
  plenty: "Plenty of seats",
  few: "Filling up",
  last: "Last seats",
  none: "Sold out",
};

/** Fills and strokes for the SVG, by availability (tailwind fill-/stroke- classes). */
export const AVAILABILITY_FILLS: Record<Availability, string> = {
  plenty: "fill-emerald-100 stroke-emerald-700",
  few: "fill-amber-100 stroke-amber-700",
  last: "fill-rose-100 stroke-rose-700",
  none: "fill-slate-200 stroke-slate-400",
};

export const AVAILABILITY_SWATCHES: Record<Availability, string> = {
  plenty: "bg-emerald-100 border-emerald-700",
  few: "bg-amber-100 border-amber-700",
  last: "bg-rose-100 border-rose-700",
  none: "bg-slate-200 border-slate-400",
};
