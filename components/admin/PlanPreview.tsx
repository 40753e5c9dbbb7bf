"use client";
// The seat map exactly as the plan will create it, drawn by the same VenueMap customers use: the same section
// order, and for a venue overview the same drawing (choose a section to see its seats).
import { useMemo, useState } from "react";
import type { SeatInfo } from "@/components/SeatMap";
import { VenueMap } from "@/components/VenueMap";
import { seatsOfPlan } from "@/lib/admin/seating-plan";
import type { VenueLayout } from "@/lib/domain/venue-layout";
import type { PlanReading } from "./plan-draft";

const NONE: ReadonlySet<string> = new Set();
const ignore = () => {};

export function PlanPreview({ reading, layout, currency }: { reading: PlanReading; layout: VenueLayout; currency: string }) {
  const seats = useMemo<SeatInfo[]>(() => (reading.ok ? seatsOfPlan(reading.plan).map((s) => ({ ...s, status: "available" })) : []), [reading]);
  const [openSection, setOpenSection] = useState<string | null>(null);
  const validCurrency = /^[A-Z]{3}$/.test(currency) ? currency : "EUR";
  if (!reading.ok)
    return (
      <p role="status" className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm text-amber-900">
        {reading.message}
      </p>
    );
  return (
    <div>
      <p className="mb-2 text-sm text-slate-600" data-testid="plan-seat-count">
        {seats.length.toLocaleString("en")} seats
      </p>
      <VenueMap
        layout={layout}
        openSection={seats.some((s) => s.section === openSection) ? openSection : null}
        onOpenSection={setOpenSection}
        seats={seats}
        selected={NONE}
        onToggle={ignore}
        currency={validCurrency}
      />
    </div>
  );
}
