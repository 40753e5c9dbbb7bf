// The plan builder's editable state (strings, as typed) and its reading as a SeatingPlan.
import { seatingPlanSchema, type SeatingPlan } from "@/lib/admin/seating-plan";

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
}

export const newSection = (index: number): SectionDraft => ({
  id: crypto.randomUUID(),
  name: index === 0 ? "Stalls" : `Section ${index + 1}`,
  code: index === 0 ? "" : `S${index + 1}`,
  rows: "5",
  seatsPerRow: "10",
  bands: [{ fromRow: 1, toRow: 5, tier: "Standard", price: "30.00" }],
});

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
