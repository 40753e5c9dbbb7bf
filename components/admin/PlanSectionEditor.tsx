"use client";
// One section of the seating-plan builder: its name, seat-id code, rows × seats, and price bands by row range.
import { rowLabel } from "@/lib/admin/seating-plan";
import type { BandDraft, SectionDraft } from "./plan-draft";
import { SectionPlaceFields } from "./SectionPlaceFields";

interface Props {
  section: SectionDraft;
  index: number;
  onChange(next: SectionDraft): void;
  onRemove?: () => void;
  /** Moves the section up or down the order; absent at that end. */
  onMoveUp?: () => void;
  onMoveDown?: () => void;
  /** Show where the section sits on a venue overview. */
  placing: boolean;
}

/** A band that reached the last row keeps reaching it as rows are added or taken away. */
function withRows(section: SectionDraft, rows: string): SectionDraft {
  const before = Number(section.rows);
  const after = Math.max(1, Math.min(52, Number(rows) || 1));
  const bands = section.bands.map((b) => ({
    ...b,
    fromRow: Math.min(b.fromRow, after),
    toRow: b.toRow === before || b.toRow > after ? after : b.toRow,
  }));
  return { ...section, rows, bands };
}

const input = "rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm shadow-xs";

export function PlanSectionEditor({ section, index, onChange, onRemove, onMoveUp, onMoveDown, placing }: Props) {
  const rowCount = Math.max(1, Math.min(52, Number(section.rows) || 1));
  const rowOptions = Array.from({ length: rowCount }, (_, i) => i + 1);
  const setBand = (i: number, band: Partial<BandDraft>) =>
    onChange({ ...section, bands: section.bands.map((b, j) => (j === i ? { ...b, ...band } : b)) });
  const label = `Section ${index + 1}`;

  return (
    <fieldset className="rounded-lg border border-slate-200 bg-slate-50 p-3">
      <legend className="px-1 text-sm font-semibold">{label}</legend>
      <div className="-mt-1 mb-2 flex justify-end gap-2">
        <button type="button" onClick={onMoveUp} disabled={!onMoveUp} aria-label={`Move ${label} up`} className="rounded border border-slate-300 bg-white px-2 py-0.5 text-xs font-medium text-slate-700 disabled:text-slate-300">
          ↑ Up
        </button>
        <button type="button" onClick={onMoveDown} disabled={!onMoveDown} aria-label={`Move ${label} down`} className="rounded border border-slate-300 bg-white px-2 py-0.5 text-xs font-medium text-slate-700 disabled:text-slate-300">
          ↓ Down
        </button>
      </div>
      <div className="grid grid-cols-2 gap-2 sm:grid-cols-4">
        <label className="flex flex-col gap-1 text-xs font-medium text-slate-600">
          Name
          <input aria-label={`${label} name`} value={section.name} onChange={(e) => onChange({ ...section, name: e.target.value })} className={input} />
        </label>
        <label className="flex flex-col gap-1 text-xs font-medium text-slate-600">
          Seat id prefix
          <input aria-label={`${label} prefix`} value={section.code} placeholder="none" maxLength={4} onChange={(e) => onChange({ ...section, code: e.target.value })} className={input} />
        </label>
        <label className="flex flex-col gap-1 text-xs font-medium text-slate-600">
          Rows
          <input aria-label={`${label} rows`} type="number" min={1} max={52} value={section.rows} onChange={(e) => onChange(withRows(section, e.target.value))} className={input} />
        </label>
        <label className="flex flex-col gap-1 text-xs font-medium text-slate-600">
          Seats per row
          <input aria-label={`${label} seats per row`} type="number" min={1} max={100} value={section.seatsPerRow} onChange={(e) => onChange({ ...section, seatsPerRow: e.target.value })} className={input} />
        </label>
      </div>
      {placing && <SectionPlaceFields label={label} place={section.place} onChange={(place) => onChange({ ...section, place })} />}
      <p className="mt-3 text-xs font-medium text-slate-600">Prices by row</p>
      <ul className="mt-1 space-y-2">
        {section.bands.map((band, i) => (
          <li key={i} className="flex flex-wrap items-center gap-2 text-sm">
            <span className="text-xs text-slate-600">Rows</span>
            <select aria-label={`${label} band ${i + 1} from row`} value={band.fromRow} onChange={(e) => setBand(i, { fromRow: Number(e.target.value) })} className={input}>
              {rowOptions.map((r) => (
                <option key={r} value={r}>
                  {rowLabel(r)}
                </option>
              ))}
            </select>
            <span className="text-xs text-slate-600">to</span>
            <select aria-label={`${label} band ${i + 1} to row`} value={band.toRow} onChange={(e) => setBand(i, { toRow: Number(e.target.value) })} className={input}>
              {rowOptions.map((r) => (
                <option key={r} value={r}>
                  {rowLabel(r)}
                </option>
              ))}
            </select>
            <input aria-label={`${label} band ${i + 1} tier`} value={band.tier} onChange={(e) => setBand(i, { tier: e.target.value })} className={`${input} w-28`} />
            <input
              aria-label={`${label} band ${i + 1} price`}
              type="number"
              min={0}
              step="0.01"
              value={band.price}
              onChange={(e) => setBand(i, { price: e.target.value })}
              className={`${input} w-24`}
            />
            {section.bands.length > 1 && (
              <button type="button" onClick={() => onChange({ ...section, bands: section.bands.filter((_, j) => j !== i) })} className="text-xs text-red-700 underline">
                Remove band
              </button>
            )}
          </li>
        ))}
      </ul>
      <div className="mt-3 flex gap-4">
        <button
          type="button"
          onClick={() => onChange({ ...section, bands: [...section.bands, { fromRow: rowCount, toRow: rowCount, tier: "Restricted view", price: "20.00" }] })}
          className="text-xs font-medium text-indigo-700 underline"
        >
          Add a price band
        </button>
        {onRemove && (
          <button type="button" onClick={onRemove} className="text-xs font-medium text-red-700 underline">
            Remove section
          </button>
        )}
      </div>
    </fieldset>
  );
}
