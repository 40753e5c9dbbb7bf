"use client";
// Add a row of seats to a show (a new row, or more seats at the end of a row).
import { addSeatsAction } from "@/app/admin/actions/shows";
import { ActionForm } from "./ActionForm";
import { Field } from "./Field";

export function AddSeatsForm({ showId, defaults }: { showId: string; defaults: { section: string; code: string; tier: string; price: string } }) {
  return (
    <ActionForm action={addSeatsAction} hidden={{ showId }} submitLabel="Add seats" pendingLabel="Adding…" tone="plain" className="space-y-3">
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        <Field label="Section" name="section" defaultValue={defaults.section} required />
        <Field label="Seat id prefix" name="code" defaultValue={defaults.code} placeholder="none" maxLength={4} />
        <Field label="Row" name="row" required maxLength={4} placeholder="K" />
        <Field label="First seat number" name="firstNumber" type="number" min={1} defaultValue="1" required />
        <Field label="How many seats" name="count" type="number" min={1} max={200} defaultValue="10" required />
        <Field label="Price tier" name="tier" defaultValue={defaults.tier} required />
        <Field label="Price" name="price" type="number" min={0} step="0.01" defaultValue={defaults.price} required />
      </div>
    </ActionForm>
  );
}
