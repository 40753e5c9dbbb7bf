// The seating-plan builder's model: sections × rows × seats per row, with a tier and price per row range.
// Pure and shared by the browser (live preview) and the server action (the seats it schedules), so the
// preview is exactly what gets created.
import { z } from "zod";
import { rowLetters, seatsOf, type SectionPlan } from "../domain/seating-plan";
import type { SeatSpec } from "../domain/seats";
import { PLANE, SECTION_SHAPES } from "../domain/venue-layout";

export const MAX_ROWS = 52;
export const MAX_SEATS_PER_ROW = 100;
export const MAX_PLAN_SEATS = 5000;

const priceBand = z.object({
  /** 1-based, inclusive: rows 1..3 are A..C. */
  fromRow: z.coerce.number().int().min(1),
  toRow: z.coerce.number().int().min(1),
  tier: z.string().trim().min(1, "Name the price tier").max(40),
  priceCents: z.coerce.number().int().min(0, "A price cannot be negative").max(10_000_000),
});

const section = z.object({
  name: z.string().trim().min(1, "Name every section").max(40),
  /** Seat id prefix; empty for a one-section room ("A-12"). */
  code: z
    .string()
    .trim()
    .max(4)
    .regex(/^[A-Za-z0-9]*$/, "A section code is letters and digits only")
    .transform((s) => s.toUpperCase()),
  rows: z.coerce.number().int().min(1, "A section needs a row").max(MAX_ROWS, `At most ${MAX_ROWS} rows`),
  seatsPerRow: z.coerce.number().int().min(1, "A row needs a seat").max(MAX_SEATS_PER_ROW, `At most ${MAX_SEATS_PER_ROW} seats a row`),
  bands: z.array(priceBand).min(1, "Give every section a price"),
});

export const seatingPlanSchema = z
  .array(section)
  .min(1, "Add a section")
  .max(12)
  .superRefine((sections, ctx) => {
    const codes = sections.map((s) => s.code);
    if (new Set(codes).size !== codes.length) ctx.addIssue({ code: "custom", message: "Each section needs its own code" });
    if (sections.length > 1 && codes.includes("")) ctx.addIssue({ code: "custom", message: "With several sections, each needs a code" });
    const seats = sections.reduce((n, s) => n + s.rows * s.seatsPerRow, 0);
    if (seats > MAX_PLAN_SEATS) ctx.addIssue({ code: "custom", message: `At most ${MAX_PLAN_SEATS.toLocaleString("en")} seats` });
    for (const s of sections)
      for (let row = 1; row <= s.rows; row++)
        if (!s.bands.some((b) => b.fromRow <= row && row <= b.toRow)) {
          ctx.addIssue({ code: "custom", message: `${s.name}: row ${rowLetters(row).at(-1)} has no price` });
          return;
        }
  });

export type SeatingPlan = z.infer<typeof seatingPlanSchema>;
export type PlanSection = SeatingPlan[number];
export type PriceBand = PlanSection["bands"][number];

/** The seats of a plan; the first band that covers a row prices it. */
export function seatsOfPlan(plan: SeatingPlan): SeatSpec[] {
  return seatsOf(
    plan.map(
      (s): SectionPlan => {
        const rows = rowLetters(s.rows);
        return {
          code: s.code,
          name: s.name,
          rows,
          seatsPerRow: s.seatsPerRow,
          tierOf: (row) => {
            const index = rows.indexOf(row) + 1;
            const band = s.bands.find((b) => b.fromRow <= index && index <= b.toRow) ?? s.bands[0];
            return { tier: band?.tier ?? "Standard", priceCents: band?.priceCents ?? 0 };
          },
        };
      },
    ),
  );
}

export const rowLabel = (index: number) => rowLetters(index).at(-1) ?? "?";

const place = {
  x: z.coerce.number().min(0, "Keep every section on the plan (0 to 100)").max(PLANE, "Keep every section on the plan (0 to 100)"),
  y: z.coerce.number().min(0, "Keep every section on the plan (0 to 100)").max(PLANE, "Keep every section on the plan (0 to 100)"),
  width: z.coerce.number().gt(0, "A section needs a width").max(PLANE),
  depth: z.coerce.number().gt(0, "A section needs a depth").max(PLANE),
};

/** Where the plan's sections are drawn, in the order staff set (see lib/domain/venue-layout.ts). */
export const venueLayoutSchema = z.object({
  map: z.enum(["direct", "overview"]),
  stage: z.object(place),
  sections: z
    .array(
      z.object({
        name: z.string().trim().min(1).max(40),
        shape: z.enum(SECTION_SHAPES),
        angle: z.coerce.number().min(-360).max(360),
        ...place,
      }),
    )
    .max(12),
});
