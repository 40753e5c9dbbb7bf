"use client";
// Create a show: its details and a seating plan built from sections × rows × seats, with a live preview.
import { useMemo, useState } from "react";
import { createShowAction } from "@/app/admin/actions/shows";
import { ActionForm } from "./ActionForm";
import { Field } from "./Field";
import { PlanPreview } from "./PlanPreview";
import { PlanSectionEditor } from "./PlanSectionEditor";
import { moveSection, newSection, newVenue, readLayout, readPlan, type SectionDraft, type VenueDraft } from "./plan-draft";

/** A week from now at 19:30 on the venue's clock, as a datetime-local value. */
function defaultStart(): string {
  return `${new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10)}T19:30`;
}

/** `timeZones`: the IANA zones to choose from, listed by the server so both renders agree. */
export function PlanBuilder({ timeZones, defaultTimeZone }: { timeZones: string[]; defaultTimeZone: string }) {
  const [sections, setSections] = useState<SectionDraft[]>(() => [newSection(0)]);
  const [currency, setCurrency] = useState("EUR");
  const [startsAt] = useState(defaultStart);
  const [venue, setVenue] = useState<VenueDraft>(newVenue);
  const reading = useMemo(() => readPlan(sections), [sections]);
  const layout = useMemo(() => readLayout(sections, venue), [sections, venue]);
  const placing = venue.map === "overview";
  const setStage = (key: keyof VenueDraft["stage"], value: string) => setVenue((v) => ({ ...v, stage: { ...v.stage, [key]: Number(value) } }));

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,26rem)_minmax(0,1fr)]">
      <ActionForm action={createShowAction} submitLabel="Create show" pendingLabel="Creating…" hidden={{ plan: reading.ok ? JSON.stringify(reading.plan) : "", layout: JSON.stringify(layout) }} className="space-y-4">
        <Field label="Title" name="title" required maxLength={120} />
        <Field label="Venue" name="venue" required maxLength={120} />
        <label className="flex flex-col gap-1 text-sm">
          <span className="font-medium text-slate-700">Description</span>
          <textarea name="description" rows={2} maxLength={2000} className="rounded-md border border-slate-300 bg-white px-2.5 py-1.5 shadow-xs" />
        </label>
        <div className="grid grid-cols-[1fr_6rem] gap-3">
          <Field label="Starts (venue time)" name="startsAt" type="datetime-local" defaultValue={startsAt} required />
          <Field label="Currency" name="currency" value={currency} onChange={(e) => setCurrency(e.target.value.toUpperCase())} maxLength={3} required />
        </div>
        <label className="flex flex-col gap-1 text-sm">
          <span className="font-medium text-slate-700">Venue time zone</span>
          <select name="timeZone" defaultValue={defaultTimeZone} required className="rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-slate-900 shadow-xs">
            {timeZones.map((zone) => (
              <option key={zone} value={zone}>
                {zone.replaceAll("_", " ")}
              </option>
            ))}
          </select>
          <span className="text-xs text-slate-500">Customers see the show&apos;s times on this clock.</span>
        </label>
        <div className="space-y-3">
          <h2 className="text-sm font-semibold">Seating plan</h2>
          <fieldset className="space-y-1 text-sm">
            <legend className="font-medium text-slate-700">How customers see the map</legend>
            <label className="flex items-center gap-2">
              <input type="radio" name="mapStyle" checked={!placing} onChange={() => setVenue((v) => ({ ...v, map: "direct" }))} />
              Every seat at once (rooms up to a few hundred seats)
            </label>
            <label className="flex items-center gap-2">
              <input type="radio" name="mapStyle" checked={placing} onChange={() => setVenue((v) => ({ ...v, map: "overview" }))} />
              The venue from above, then a section&apos;s seats (big venues)
            </label>
          </fieldset>
          {placing && (
            <fieldset className="grid grid-cols-2 gap-2 rounded-lg border border-slate-200 bg-slate-50 p-3 sm:grid-cols-4">
              <legend className="px-1 text-sm font-semibold">Stage</legend>
              {(["x", "y", "width", "depth"] as const).map((key) => (
                <label key={key} className="flex flex-col gap-1 text-xs font-medium text-slate-600">
                  {{ x: "Across", y: "From the top", width: "Width", depth: "Depth" }[key]}
                  <input
                    aria-label={`Stage ${key}`}
                    type="number"
                    min={key === "x" || key === "y" ? 0 : 1}
                    max={100}
                    value={venue.stage[key]}
                    onChange={(e) => setStage(key, e.target.value)}
                    className="rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm shadow-xs"
                  />
                </label>
              ))}
            </fieldset>
          )}
          {sections.map((section, i) => (
            <PlanSectionEditor
              key={section.id}
              section={section}
              index={i}
              onChange={(next) => setSections((all) => all.map((s) => (s.id === next.id ? next : s)))}
              onRemove={sections.length > 1 ? () => setSections((all) => all.filter((s) => s.id !== section.id)) : undefined}
              onMoveUp={i > 0 ? () => setSections((all) => moveSection(all, section.id, -1)) : undefined}
              onMoveDown={i < sections.length - 1 ? () => setSections((all) => moveSection(all, section.id, 1)) : undefined}
              placing={placing}
            />
          ))}
          <button type="button" onClick={() => setSections((all) => [...all, newSection(all.length)])} className="text-sm font-medium text-indigo-700 underline">
            Add a section
          </button>
        </div>
      </ActionForm>
      <section aria-label="Preview of the seat map" className="min-w-0">
        <h2 className="mb-2 text-sm font-semibold">Preview</h2>
        <PlanPreview reading={reading} layout={layout} currency={currency} />
      </section>
    </div>
  );
}
