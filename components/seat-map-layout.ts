// The seat map's layout and keyboard moves, kept apart from rendering. A live update that only changes statuses
// (the common case: one seat held, booked or released) patches just the rows it touches in O(seats) identity
// checks, and every untouched row and section stays the same object, so their memoised components skip rendering.
import { seatSections, type SeatInfo, type SeatRow, type SeatSection } from "@/lib/domain/seat-selection";
import { tiersOf, type TierInfo } from "./seat-map-theme";

export interface Slot {
  section: number;
  /** Row index within the section. */
  row: number;
  /** Seat index within the row (removed seats included). */
  seat: number;
  /** Index into SeatLayout.lines. */
  line: number;
}

export interface SeatLayout {
  /** The seats array this layout reflects. */
  seats: readonly SeatInfo[];
  sections: SeatSection[];
  /** Where each seat is. Depends only on the plan (ids, rows, numbers, tiers, prices), never on statuses. */
  slots: ReadonlyMap<string, Slot>;
  /** Every row of every section, front section first. */
  lines: ReadonlyArray<{ section: number; row: number }>;
  /** Tier → fill class. */
  fills: ReadonlyMap<string, string>;
  /** Tiers dearest first, with seats left: kept up to date by a live patch without recounting the map. */
  tiers: TierInfo[];
  /** Per section: seats that exist, and seats still available. */
  counts: ReadonlyArray<{ total: number; available: number }>;
}

const samePlace = (a: SeatInfo, b: SeatInfo) =>
  a.seatId === b.seatId &&
  a.section === b.section &&
  a.row === b.row &&
  a.number === b.number &&
  a.tier === b.tier &&
  a.priceCents === b.priceCents;

/**
 * The seats whose status changed, when the plan itself is unchanged (same seats in the same order, none removed
 * or put back); else null, and the layout is rebuilt.
 */
function statusChanges(previous: readonly SeatInfo[], next: readonly SeatInfo[]): SeatInfo[] | null {
  if (previous.length !== next.length) return null;
  const changed: SeatInfo[] = [];
  for (let i = 0; i < next.length; i++) {
    const a = previous[i] as SeatInfo;
    const b = next[i] as SeatInfo;
    if (a === b) continue;
    if (!samePlace(a, b) || (a.status === "removed") !== (b.status === "removed")) return null;
    if (a.status !== b.status) changed.push(b);
  }
  return changed;
}

function patch(layout: SeatLayout, seats: readonly SeatInfo[], changed: SeatInfo[]): SeatLayout {
  if (changed.length === 0) return { ...layout, seats };
  const sections = layout.sections.slice();
  const counts = layout.counts.slice();
  const tiers = layout.tiers.slice();
  const rows = new Map<SeatSection, SeatRow[]>();
  const rowSeats = new Map<SeatRow, SeatInfo[]>();
  for (const seat of changed) {
    const slot = layout.slots.get(seat.seatId) as Slot;
    const section = layout.sections[slot.section] as SeatSection;
    const row = section.rows[slot.row] as SeatRow;
    const was = row.seats[slot.seat] as SeatInfo;
    const delta = (seat.status === "available" ? 1 : 0) - (was.status === "available" ? 1 : 0);
    if (delta !== 0) {
      const count = counts[slot.section] as { total: number; available: number };
      counts[slot.section] = { ...count, available: count.available + delta };
      const t = tiers.findIndex((tier) => tier.tier === seat.tier);
      const tier = tiers[t];
      if (tier) tiers[t] = { ...tier, available: tier.available + delta };
    }
    if (!rows.has(section)) rows.set(section, section.rows.slice());
    if (!rowSeats.has(row)) rowSeats.set(row, row.seats.slice());
    (rowSeats.get(row) as SeatInfo[])[slot.seat] = seat;
  }
  for (const [section, sectionRows] of rows) {
    const index = layout.sections.indexOf(section);
    sections[index] = {
      ...section,
      rows: sectionRows.map((row) => {
        const patched = rowSeats.get(row);
        return patched ? { ...row, seats: patched } : row;
      }),
    };
  }
  return { ...layout, seats, sections, counts, tiers };
}

const sameRow = (a: SeatRow, b: SeatRow) =>
  a.seats.length === b.seats.length &&
  a.seats.every((s, i) => {
    const t = b.seats[i] as SeatInfo;
    return samePlace(s, t) && s.status === t.status;
  });

/** A fresh layout, keeping any row (and section) of the previous one that is equal, as the same object. */
function build(seats: readonly SeatInfo[], previous: SeatLayout | null, order?: readonly string[]): SeatLayout {
  const oldRows = new Map(previous?.sections.flatMap((s) => s.rows).map((r) => [r.key, r]));
  const oldSections = new Map(previous?.sections.map((s) => [s.name, s]));
  const sections = seatSections(seats, order).map((section) => {
    const rows = section.rows.map((row) => {
      const old = oldRows.get(row.key);
      return old && sameRow(old, row) ? old : row;
    });
    const old = oldSections.get(section.name);
    return old && old.rows.length === rows.length && old.rows.every((r, i) => r === rows[i]) ? old : { ...section, rows };
  });

  const slots = new Map<string, Slot>();
  const lines: Array<{ section: number; row: number }> = [];
  sections.forEach((section, s) =>
    section.rows.forEach((row, r) => {
      const line = lines.push({ section: s, row: r }) - 1;
      row.seats.forEach((seat, i) => slots.set(seat.seatId, { section: s, row: r, seat: i, line }));
    }),
  );

  const counts = sections.map((section) => {
    let total = 0;
    let available = 0;
    for (const row of section.rows)
      for (const seat of row.seats) {
        if (seat.status !== "removed") total += 1;
        if (seat.status === "available") available += 1;
      }
    return { total, available };
  });

  const tiers = tiersOf(seats);
  const fills = new Map(tiers.map((t) => [t.tier, t.fill]));
  const keptFills =
    previous && previous.fills.size === fills.size && [...fills].every(([tier, fill]) => previous.fills.get(tier) === fill)
      ? previous.fills
      : fills;
  return { seats, sections, slots, lines, fills: keptFills, tiers, counts };
}

export function layoutOf(seats: readonly SeatInfo[], previous: SeatLayout | null, order?: readonly string[]): SeatLayout {
  const changed = previous ? statusChanges(previous.seats, seats) : null;
  return previous && changed ? patch(previous, seats, changed) : build(seats, previous, order);
}

export function seatAt(layout: SeatLayout, seatId: string): SeatInfo | undefined {
  const slot = layout.slots.get(seatId);
  return slot && layout.sections[slot.section]?.rows[slot.row]?.seats[slot.seat];
}

const focusable = (seat: SeatInfo | undefined): seat is SeatInfo => seat !== undefined && seat.status !== "removed";

/** Seats of a line that can take focus (a removed seat is a gap in the row, not a button). */
function lineSeats(layout: SeatLayout, line: number): SeatInfo[] {
  const at = layout.lines[line];
  const row = at && layout.sections[at.section]?.rows[at.row];
  return row ? row.seats.filter(focusable) : [];
}

/** The first seat that can take focus: the first available one, else any. */
export function firstOpenSeat(layout: SeatLayout): string | null {
  let first: string | null = null;
  for (const section of layout.sections)
    for (const row of section.rows)
      for (const seat of row.seats) {
        if (seat.status === "available") return seat.seatId;
        if (first === null && focusable(seat)) first = seat.seatId;
      }
  return first;
}

/** Where a key moves focus from a seat; null when the key is not a move. */
export function moveFocus(layout: SeatLayout, seatId: string, key: string, ctrl: boolean): string | null {
  const slot = layout.slots.get(seatId);
  const from = seatAt(layout, seatId);
  if (!slot || !from) return null;
  const row = lineSeats(layout, slot.line);
  const index = row.findIndex((s) => s.seatId === seatId);

  const fullRow = (line: number) => {
    const at = layout.lines[line];
    return (at && layout.sections[at.section]?.rows[at.row]?.seats) ?? [];
  };
  const fromLength = fullRow(slot.line).length;
  /** The nearest line from `start` in `step` direction with a seat, and the seat in it under `from`. */
  const lineFrom = (start: number, step: 1 | -1): string | null => {
    for (let line = start; line >= 0 && line < layout.lines.length; line += step) {
      const target = fullRow(line);
      if (!target.some(focusable)) continue;
      // One section: the nearest seat number. Across sections (numbers unrelated): the same share of the row.
      const distance =
        layout.lines[line]?.section === slot.section
          ? (s: SeatInfo) => Math.abs(s.number - from.number)
          : (s: SeatInfo, i: number) =>
              Math.abs(i / Math.max(1, target.length - 1) - slot.seat / Math.max(1, fromLength - 1));
      let best: SeatInfo | null = null;
      let bestDistance = Infinity;
      target.forEach((s, i) => {
        const d = distance(s, i);
        if (focusable(s) && d < bestDistance) [best, bestDistance] = [s, d];
      });
      return (best as SeatInfo | null)?.seatId ?? null;
    }
    return null;
  };
  const firstLineOf = (section: number) => layout.lines.findIndex((l) => l.section === section);

  switch (key) {
    case "ArrowLeft":
      return row[Math.max(0, index - 1)]?.seatId ?? null;
    case "ArrowRight":
      return row[Math.min(row.length - 1, index + 1)]?.seatId ?? null;
    case "ArrowUp":
      return lineFrom(slot.line - 1, -1) ?? seatId;
    case "ArrowDown":
      return lineFrom(slot.line + 1, 1) ?? seatId;
    case "Home":
      return ctrl ? (lineSeats(layout, firstLineWithSeats(layout, 1))[0]?.seatId ?? null) : (row[0]?.seatId ?? null);
    case "End":
      return ctrl ? (lineSeats(layout, firstLineWithSeats(layout, -1)).at(-1)?.seatId ?? null) : (row.at(-1)?.seatId ?? null);
    case "PageUp": {
      // To the front row of this section; from there, to the front row of the section before.
      const start = firstLineOf(slot.section);
      if (slot.line > start) return lineFrom(start, 1);
      return slot.section > 0 ? lineFrom(firstLineOf(slot.section - 1), 1) : seatId;
    }
    case "PageDown":
      return slot.section < layout.sections.length - 1 ? lineFrom(firstLineOf(slot.section + 1), 1) : seatId;
    default:
      return null;
  }
}

function firstLineWithSeats(layout: SeatLayout, step: 1 | -1): number {
  for (let line = step === 1 ? 0 : layout.lines.length - 1; line >= 0 && line < layout.lines.length; line += step)
    if (lineSeats(layout, line).length > 0) return line;
  return -1;
}
