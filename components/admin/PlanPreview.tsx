"use client";
// The seat map exactly as the plan will create it, drawn by the same SeatMap customers use.
import { useMemo } from "react";
import { SeatMap, type SeatInfo } from "@/components/SeatMap";
import { seatsOfPlan } from "@/lib/admin/seating-plan";
import type { PlanReading } from "./plan-draft";

const NONE: ReadonlySet<string> = new Set();
const ignore = () => {};

export function PlanPreview({ reading, currency }: { reading: PlanReading; currency: string }) {
  const seats = useMemo<SeatInfo[]>(() => (reading.ok ? seatsOfPlan(reading.plan).map((s) => ({ ...s, status: "available" })) : []), [reading]);
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
      <SeatMap seats={seats} selected={NONE} onToggle={ignore} currency={validCurrency} />
    </div>
  );
}
