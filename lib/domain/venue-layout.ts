// Where a venue's sections are: the order they are listed in, and (for a big venue) where each one sits around the
// stage, its shape and angle. Part of the seating plan the staff builder makes, carried by `SeatingLayoutSet` on the
// seats stream. Pure: no I/O. The plane is 100 × 100 units, stage usually at the top.

export const SECTION_SHAPES = ["rectangle", "trapezoid", "arc"] as const;
export type SectionShape = (typeof SECTION_SHAPES)[number];

/** "direct": every seat drawn at once, sections stacked (small rooms). "overview": the venue first, one section's seats on demand. */
export type MapStyle = "direct" | "overview";

export interface Box {
  /** Centre, in plane units (0..100). */
  x: number;
  y: number;
  width: number;
  depth: number;
}

export interface SectionLayout extends Box {
  /** The section's name, as its seats carry it. */
  name: string;
  shape: SectionShape;
  /** Degrees clockwise; 0 = row A faces the top of the plane. */
  angle: number;
}

export interface VenueLayout {
  map: MapStyle;
  stage: Box;
  /** In the order the venue lists them: the seat map, the preview and best-available follow it. */
  sections: SectionLayout[];
}

export const PLANE = 100;
/** Past this many seats a venue reads best as an overview first (5,000 seat buttons at once are slow and lost). */
export const OVERVIEW_FROM_SEATS = 1000;

export const DEFAULT_STAGE: Box = { x: 50, y: 8, width: 40, depth: 8 };

/** Sections stacked in front of the stage, one under another: today's layout of a room. */
export function stackedLayout(names: readonly string[], map: MapStyle = "direct"): VenueLayout {
  const band = (PLANE - 24) / Math.max(1, names.length);
  return {
    map,
    stage: DEFAULT_STAGE,
    sections: names.map((name, i) => ({
      name,
      shape: "rectangle",
      angle: 0,
      x: 50,
      y: 20 + band * i + band / 2,
      width: 70,
      depth: Math.max(4, band - 3),
    })),
  };
}

/**
 * The layout a show without a stored one is drawn with: its sections in the given order, stacked, as an overview
 * once the venue is big. Events written before layouts existed carry none, so this is their reading.
 */
export function defaultLayout(names: readonly string[], seatCount: number): VenueLayout {
  return stackedLayout(names, seatCount >= OVERVIEW_FROM_SEATS && names.length > 1 ? "overview" : "direct");
}

/** What is wrong with a layout for seats in these sections; null when it fits. */
export function layoutProblem(layout: VenueLayout, sectionNames: ReadonlySet<string>): string | null {
  const names = layout.sections.map((s) => s.name);
  const twice = names.find((name, i) => names.indexOf(name) !== i);
  if (twice !== undefined) return `Section ${twice} is laid out twice`;
  const unknown = names.find((name) => !sectionNames.has(name));
  if (unknown !== undefined) return `There is no section ${unknown} to lay out`;
  const boxes: Box[] = [layout.stage, ...layout.sections];
  const outside = boxes.some(
    (b) =>
      ![b.x, b.y, b.width, b.depth].every(Number.isFinite) ||
      b.x < 0 ||
      b.x > PLANE ||
      b.y < 0 ||
      b.y > PLANE ||
      b.width <= 0 ||
      b.depth <= 0 ||
      b.width > PLANE ||
      b.depth > PLANE,
  );
  if (outside) return "Every section and the stage must lie on the plan";
  if (layout.sections.some((s) => !Number.isFinite(s.angle) || !SECTION_SHAPES.includes(s.shape)))
    return "A section has an unknown shape or angle";
  return null;
}

/**
 * Section names in the layout's order; sections the layout does not name (added later) follow in the order given.
 */
export function orderedSectionNames(layout: VenueLayout | null, names: readonly string[]): string[] {
  if (!layout) return [...names];
  const known = layout.sections.map((s) => s.name).filter((name) => names.includes(name));
  return [...known, ...names.filter((name) => !known.includes(name))];
}

/** The layout for these sections: a stored one, completed with stacked places for sections it does not name. */
export function layoutFor(stored: VenueLayout | null, names: readonly string[], seatCount: number): VenueLayout {
  if (!stored) return defaultLayout(names, seatCount);
  const missing = names.filter((name) => !stored.sections.some((s) => s.name === name));
  const present = stored.sections.filter((s) => names.includes(s.name));
  if (missing.length === 0 && present.length === stored.sections.length) return stored;
  const extra = stackedLayout(missing).sections.map((s, i) => ({ ...s, y: Math.min(95, 90 + i), depth: 4, width: 30 }));
  return { ...stored, sections: [...present, ...extra] };
}
