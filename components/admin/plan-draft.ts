// The plan builder's editable state (strings, as typed) and its reading as a SeatingPlan.
import { seatingPlanSchema, type SeatingPlan } from "@/lib/admin/seating-plan";
import { DEFAULT_STAGE, type Box, type MapStyle, type SectionLayout, type VenueLayout } from "@/lib/domain/venue-layout";

export interface BandDraft {
  fromRow: number;
  toRow: number;
  tier: string;
  /** In currency units as typed, e.g. "45.00". */
  price: string;
}

export interface SectionDraft {
  id: string;
  name: string;
  code: string;
  rows: string;
  seatsPerRow: string;
  bands: BandDraft[];
  /** Where the section is drawn on a venue overview. */
  place: Omit<SectionLayout, "name">;
}

/** The builder's whole venue: how the map is drawn, the stage, and the sections in their order. */
export interface VenueDraft {
  map: MapStyle;
  stage: Box;
}

export const newVenue = (): VenueDraft => ({ map: "direct", stage: DEFAULT_STAGE });

/** A new section's place: one band further from the stage than the one before. */
const placeFor = (index: number): SectionDraft["place"] => ({
  shape: index === 0 ? "rectangle" : "arc",
  angle: 0,
  x: 50,
  y: Math.min(88, 30 + index * 20),
  width: Math.min(90, 60 + index * 10),
  depth: index === 0 ? 24 : 14,
});

export const newSection = (index: number): SectionDraft => ({
  id: crypto.randomUUID(),
  name: index === 0 ? "Stalls" : `Section ${index + 1}`,
  code: index === 0 ? "" : `S${index + 1}`,
  rows: "5",
  seatsPerRow: "10",
  bands: [{ fromRow: 1, toRow: 5, tier: "Standard", price: "30.00" }],
  place: placeFor(index),
});

/** Moves one section up (-1) or down (+1) the order; the ends stay put. */
export function moveSection(drafts: SectionDraft[], id: string, by: -1 | 1): SectionDraft[] {
  const from = drafts.findIndex((d) => d.id === id);
  const to = from + by;
  if (from === -1 || to < 0 || to >= drafts.length) return drafts;
  const next = drafts.slice();
  [next[from], next[to]] = [next[to] as SectionDraft, next[from] as SectionDraft];
  return next;
}

/** The layout the drafts describe, sections in the builder's order (names as the plan reads them: trimmed). */
export function readLayout(drafts: SectionDraft[], venue: VenueDraft): VenueLayout {
  return { map: venue.map, stage: venue.stage, sections: drafts.map((d) => ({ name: d.name.trim(), ...d.place })) };
}

export type PlanReading = { ok: true; plan: SeatingPlan } | { ok: false; message: string };

export function readPlan(drafts: SectionDraft[]): PlanReading {
  const parsed = seatingPlanSchema.safeParse(
    drafts.map((d) => ({
      name: d.name,
      code: d.code,
      rows: d.rows,
      seatsPerRow: d.seatsPerRow,
      bands: d.bands.map((b) => ({ ...b, priceCents: b.price.trim() === "" ? NaN : Math.round(Number(b.price) * 100) })),
    })),
  );
  return parsed.success ? { ok: true, plan: parsed.data } : { ok: false, message: parsed.error.issues[0]?.message ?? "The plan is not complete" };
}
