"use client";
// Where one section sits on a venue overview: its shape, centre, size and angle. Used by the plan builder and by
// the layout editor of an existing show.
import { SECTION_SHAPES, type SectionLayout, type SectionShape } from "@/lib/domain/venue-layout";

type Place = Omit<SectionLayout, "name">;

const SHAPE_WORDS: Record<SectionShape, string> = { rectangle: "Rectangle", trapezoid: "Trapezoid (widens away from the stage)", arc: "Arc (curves round the stage)" };
const PLACE_FIELDS = [
  { key: "x", label: "Across (0–100)", min: 0, max: 100 },
  { key: "y", label: "From the top (0–100)", min: 0, max: 100 },
  { key: "width", label: "Width", min: 1, max: 100 },
  { key: "depth", label: "Depth", min: 1, max: 100 },
  { key: "angle", label: "Angle (°, 0 faces the top)", min: -360, max: 360 },
] as const;

const input = "rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm shadow-xs";

/** `label` names the section in every field's accessible name ("Section 2 x"). */
export function SectionPlaceFields({ label, place, onChange }: { label: string; place: Place; onChange(next: Place): void }) {
  return (
    <div className="mt-3">
      <p className="text-xs font-medium text-slate-600">Place on the venue map</p>
      <div className="mt-1 grid grid-cols-2 gap-2 sm:grid-cols-3">
        <label className="col-span-2 flex flex-col gap-1 text-xs font-medium text-slate-600 sm:col-span-3">
          Shape
          <select aria-label={`${label} shape`} value={place.shape} onChange={(e) => onChange({ ...place, shape: e.target.value as SectionShape })} className={input}>
            {SECTION_SHAPES.map((shape) => (
              <option key={shape} value={shape}>
                {SHAPE_WORDS[shape]}
              </option>
            ))}
          </select>
        </label>
        {PLACE_FIELDS.map((field) => (
          <label key={field.key} className="flex flex-col gap-1 text-xs font-medium text-slate-600">
            {field.label}
            <input
              aria-label={`${label} ${field.key}`}
              type="number"
              min={field.min}
              max={field.max}
              step={field.key === "angle" ? 15 : 1}
              value={place[field.key]}
              onChange={(e) => onChange({ ...place, [field.key]: Number(e.target.value) })}
              className={input}
            />
          </label>
        ))}
      </div>
    </div>
  );
}
