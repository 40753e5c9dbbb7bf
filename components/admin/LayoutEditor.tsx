"use client";
// Change an existing show's venue layout: how the map is drawn, the stage, and each section's order and place,
// with the same preview as the plan builder (the customers' VenueMap). Seats are not changed here.
import { useMemo, useState } from "react";
import { setLayoutAction } from "@/app/admin/actions/shows";
import type { SeatInfo } from "@/lib/domain/seat-selection";
import { layoutFor, type Box, type SectionLayout, type VenueLayout } from "@/lib/domain/venue-layout";
import { VenueMap } from "@/components/VenueMap";
import { ActionForm } from "./ActionForm";
import { SectionPlaceFields } from "./SectionPlaceFields";

interface Props {
  showId: string;
  currency: string;
  seats: SeatInfo[];
  /** The stored layout; null: the default one the public page draws. */
  layout: VenueLayout | null;
}

const NONE: ReadonlySet<string> = new Set();
const ignore = () => {};
const STAGE_WORDS: Record<keyof Box, string> = { x: "Across", y: "From the top", width: "Width", depth: "Depth" };

/** Closed at first: the preview of a big venue's seats is drawn only once someone opens the editor. */
export function LayoutEditor(props: Props) {
  const [open, setOpen] = useState(false);
  return (
    <details onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="cursor-pointer text-sm font-medium text-indigo-700 underline">Change the section order and places</summary>
      {open && (
        <div className="mt-3">
          <LayoutForm {...props} />
        </div>
      )}
    </details>
  );
}

function LayoutForm({ showId, currency, seats, layout: stored }: Props) {
  const start = useMemo(() => layoutFor(stored, [...new Set(seats.map((s) => s.section))], seats.length), [stored, seats]);
  const [layout, setLayout] = useState<VenueLayout>(start);
  const [openSection, setOpenSection] = useState<string | null>(null);
  const placing = layout.map === "overview";
  const setSection = (name: string, next: Omit<SectionLayout, "name">) =>
    setLayout((l) => ({ ...l, sections: l.sections.map((s) => (s.name === name ? { name, ...next } : s)) }));
  const move = (from: number, by: -1 | 1) =>
    setLayout((l) => {
      const sections = l.sections.slice();
      const to = from + by;
      if (to < 0 || to >= sections.length) return l;
      [sections[from], sections[to]] = [sections[to] as SectionLayout, sections[from] as SectionLayout];
      return { ...l, sections };
    });

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,26rem)_minmax(0,1fr)]">
      <ActionForm action={setLayoutAction} hidden={{ showId, layout: JSON.stringify(layout) }} submitLabel="Save layout" pendingLabel="Saving…" className="space-y-3">
        <fieldset className="space-y-1 text-sm">
          <legend className="font-medium text-slate-700">How customers see the map</legend>
          <label className="flex items-center gap-2">
            <input type="radio" name="mapStyle" checked={!placing} onChange={() => setLayout((l) => ({ ...l, map: "direct" }))} />
            Every seat at once
          </label>
          <label className="flex items-center gap-2">
            <input type="radio" name="mapStyle" checked={placing} onChange={() => setLayout((l) => ({ ...l, map: "overview" }))} />
            The venue from above, then a section&apos;s seats
          </label>
        </fieldset>
        {placing && (
          <fieldset className="grid grid-cols-2 gap-2 rounded-lg border border-slate-200 bg-slate-50 p-3 sm:grid-cols-4">
            <legend className="px-1 text-sm font-semibold">Stage</legend>
            {(["x", "y", "width", "depth"] as const).map((key) => (
              <label key={key} className="flex flex-col gap-1 text-xs font-medium text-slate-600">
                {STAGE_WORDS[key]}
                <input
                  aria-label={`Stage ${key}`}
                  type="number"
                  min={key === "x" || key === "y" ? 0 : 1}
                  max={100}
                  value={layout.stage[key]}
                  onChange={(e) => setLayout((l) => ({ ...l, stage: { ...l.stage, [key]: Number(e.target.value) } }))}
                  className="rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm shadow-xs"
                />
              </label>
            ))}
          </fieldset>
        )}
        <ol className="space-y-3">
          {layout.sections.map(({ name, ...place }, i) => (
            <li key={name}>
              <fieldset className="rounded-lg border border-slate-200 bg-slate-50 p-3">
                <legend className="px-1 text-sm font-semibold">
                  {i + 1}. {name}
                </legend>
                <div className="-mt-1 flex justify-end gap-2">
                  <button type="button" onClick={() => move(i, -1)} disabled={i === 0} aria-label={`Move ${name} up`} className="rounded border border-slate-300 bg-white px-2 py-0.5 text-xs font-medium text-slate-700 disabled:text-slate-300">
                    ↑ Up
                  </button>
                  <button
                    type="button"
                    onClick={() => move(i, 1)}
                    disabled={i === layout.sections.length - 1}
                    aria-label={`Move ${name} down`}
                    className="rounded border border-slate-300 bg-white px-2 py-0.5 text-xs font-medium text-slate-700 disabled:text-slate-300"
                  >
                    ↓ Down
                  </button>
                </div>
                {placing && <SectionPlaceFields label={name} place={place} onChange={(next) => setSection(name, next)} />}
              </fieldset>
            </li>
          ))}
        </ol>
      </ActionForm>
      <section aria-label="Preview of the seat map" className="min-w-0">
        <h3 className="mb-2 text-sm font-semibold">Preview</h3>
        <VenueMap
          layout={layout}
          openSection={seats.some((s) => s.section === openSection) ? openSection : null}
          onOpenSection={setOpenSection}
          seats={seats}
          selected={NONE}
          onToggle={ignore}
          currency={currency}
        />
      </section>
    </div>
  );
}
